package com.gendan.quote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signer's decision on a revision: who, in which role, what, when. */
@Entity
@Table(name = "quote_signature")
class QuoteSignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int sequenceNo;
  private String approverGroup;
  private String userId;
  private String userName;
  private String roleName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private SignatureDecision decision;

  @Column(name = "comment_text")
  private String comment;

  private Instant signedAt;

  protected QuoteSignature() {}

  QuoteSignature(
      int sequenceNo, Signer signer, SignatureDecision decision, String comment, Instant signedAt) {
    this.sequenceNo = sequenceNo;
    this.approverGroup = signer.groupId();
    this.userId = signer.userId();
    this.userName = signer.userName();
    this.roleName = signer.roleName();
    this.decision = decision;
    this.comment = comment;
    this.signedAt = signedAt;
  }

  SignatureView toView() {
    return new SignatureView(
        sequenceNo, approverGroup, roleName, userId, userName, decision, comment, signedAt);
  }

  String approverGroup() {
    return approverGroup;
  }

  SignatureDecision decision() {
    return decision;
  }
}

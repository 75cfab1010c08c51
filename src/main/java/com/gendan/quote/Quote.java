package com.gendan.quote;

import com.gendan.data.ProcessDocument;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A customer's inquiry and the quote that answers it, through all its revisions. */
@Entity
@Table(name = "quote")
class Quote extends ProcessDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String quoteNumber;
  private long customerId;
  private String currency;
  private int validityDays;
  private String inquiryNote;
  private int currentRevisionNo;

  @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("revisionNo")
  private List<QuoteRevision> revisions = new ArrayList<>();

  protected Quote() {}

  Quote(
      String quoteNumber,
      long customerId,
      String currency,
      int validityDays,
      String inquiryNote,
      Collection<QuoteLine> lines,
      String userId,
      Instant now) {
    this.quoteNumber = quoteNumber;
    this.customerId = customerId;
    this.currency = currency;
    this.validityDays = validityDays;
    this.inquiryNote = inquiryNote;
    this.currentRevisionNo = 1;
    this.revisions.add(new QuoteRevision(this, 1, lines));
    recordCreation(userId, now);
    recordUpdate(userId, now);
  }

  QuoteRevision current() {
    return revisions.stream()
        .filter(r -> r.revisionNo() == currentRevisionNo)
        .findFirst()
        .orElseThrow();
  }

  /** A counter-offer: the current revision is superseded by a copy to be priced and signed. */
  QuoteRevision startRevision(String userId, Instant now) {
    QuoteRevision previous = current();
    previous.supersede();
    currentRevisionNo = previous.revisionNo() + 1;
    QuoteRevision next =
        new QuoteRevision(
            this, currentRevisionNo, previous.lines().stream().map(QuoteLine::copy).toList());
    revisions.add(next);
    recordUpdate(userId, now);
    return next;
  }

  void touch(String userId, Instant now) {
    recordUpdate(userId, now);
  }

  Long id() {
    return id;
  }

  String quoteNumber() {
    return quoteNumber;
  }

  long customerId() {
    return customerId;
  }

  String currency() {
    return currency;
  }

  int validityDays() {
    return validityDays;
  }

  List<QuoteRevision> revisions() {
    return revisions;
  }
}

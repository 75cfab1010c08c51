package com.gendan.data;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Who created a business document and when, and who last changed it. The columns are {@code
 * created_by}, {@code created_at}, {@code updated_by}, {@code updated_at}.
 */
@MappedSuperclass
public abstract class AuditedEntity {

  @Column(updatable = false)
  private String createdBy;

  @Column(updatable = false)
  private Instant createdAt;

  private String updatedBy;
  private Instant updatedAt;

  protected final void recordCreation(String userId, Instant now) {
    this.createdBy = userId;
    this.createdAt = now;
  }

  /** Who created it: a user id, or the engine's actor for a step it took itself. */
  public final String createdBy() {
    return createdBy;
  }

  public final Instant createdAt() {
    return createdAt;
  }

  protected final void recordUpdate(String userId, Instant now) {
    this.updatedBy = userId;
    this.updatedAt = now;
  }
}

package com.gendan.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored {@link CustomerAddress}. */
@Embeddable
class AddressEntry {

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private AddressKind kind;

  @Column(name = "address_text")
  private String text;

  protected AddressEntry() {}

  AddressEntry(CustomerAddress address) {
    this.kind = address.kind();
    this.text = address.text();
  }

  CustomerAddress toAddress() {
    return new CustomerAddress(kind, text);
  }
}

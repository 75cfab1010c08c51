package com.gendan.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored {@link CustomerContact}. */
@Embeddable
class ContactEntry {

  private String name;
  private String title;
  private String phone;
  private String email;
  private String fax;

  @Column(name = "is_primary")
  private boolean primary;

  protected ContactEntry() {}

  ContactEntry(CustomerContact contact) {
    this.name = contact.name();
    this.title = contact.title();
    this.phone = contact.phone();
    this.email = contact.email();
    this.fax = contact.fax();
    this.primary = contact.primary();
  }

  CustomerContact toContact() {
    return new CustomerContact(name, title, phone, email, fax, primary);
  }
}

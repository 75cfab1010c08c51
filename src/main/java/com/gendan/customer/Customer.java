package com.gendan.customer;

import com.gendan.data.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer's master data (客户资料). */
@Entity
@Table(name = "customer")
class Customer extends AuditedEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  private String code;
  private String chineseName;
  private String englishName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private CustomerTier tier;

  private String assistantUserId;
  private String salesRepUserId;
  private int paymentTermsDays;
  private BigDecimal creditLimit;
  private String creditLimitCurrency;
  private int statementDay;
  private boolean consignment;
  private boolean creditHold;
  private String standingRequirements;

  @ElementCollection
  @CollectionTable(name = "customer_contact", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "sort_order")
  @BatchSize(size = 50)
  private List<ContactEntry> contacts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "customer_address", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "sort_order")
  @BatchSize(size = 50)
  private List<AddressEntry> addresses = new ArrayList<>();

  protected Customer() {}

  Customer(CustomerData data, String userId, Instant now) {
    recordCreation(userId, now);
    apply(data, userId, now);
  }

  final void apply(CustomerData data, String userId, Instant now) {
    this.code = data.code();
    this.chineseName = data.chineseName();
    this.englishName = data.englishName();
    this.tier = data.tier();
    this.assistantUserId = data.assistantUserId();
    this.salesRepUserId = data.salesRepUserId();
    this.paymentTermsDays = data.paymentTermsDays();
    this.creditLimit = data.creditLimit();
    this.creditLimitCurrency = data.creditLimitCurrency();
    this.statementDay = data.statementDay();
    this.consignment = data.consignment();
    this.creditHold = data.creditHold();
    this.standingRequirements = data.standingRequirements();
    this.contacts.clear();
    data.contacts().forEach(contact -> this.contacts.add(new ContactEntry(contact)));
    this.addresses.clear();
    data.addresses().forEach(address -> this.addresses.add(new AddressEntry(address)));
    recordUpdate(userId, now);
  }

  /** Puts the customer on credit hold or lifts it (a change of that field only). */
  CustomerView toView() {
    return new CustomerView(
        id,
        code,
        chineseName,
        englishName,
        tier,
        assistantUserId,
        salesRepUserId,
        paymentTermsDays,
        creditLimit,
        creditLimitCurrency,
        statementDay,
        consignment,
        creditHold,
        standingRequirements,
        contacts.stream().map(ContactEntry::toContact).toList(),
        addresses.stream().map(AddressEntry::toAddress).toList());
  }

  Long getId() {
    return id;
  }
}

package com.gendan.customer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A customer as Gendan's API and other packages see it.
 *
 * @param assistantUserId the Camunda user id of the customer's sales assistant
 * @param salesRepUserId the Camunda user id of the customer's sales rep
 * @param paymentTermsDays days from invoice to payment
 * @param statementDay the day of the month the statement is cut (1–28)
 * @param consignment whether the customer keeps consignment stock
 * @param creditHold whether shipments are held for overdue payment
 * @param standingRequirements what every order of this customer must respect (Chinese free text)
 */
public record CustomerView(
    long id,
    String code,
    String chineseName,
    String englishName,
    CustomerTier tier,
    String assistantUserId,
    String salesRepUserId,
    Integer paymentTermsDays,
    BigDecimal creditLimit,
    String creditLimitCurrency,
    Integer statementDay,
    Boolean consignment,
    Boolean creditHold,
    String standingRequirements,
    List<CustomerContact> contacts,
    List<CustomerAddress> addresses)
    implements CustomerData {

  /** The contact that mail to the customer goes to. */
  public Optional<CustomerContact> primaryContact() {
    return contacts.stream().filter(CustomerContact::primary).findFirst();
  }

  /** The primary contact, if mail can reach them: the one who gets the customer's mail. */
  public Optional<CustomerContact> mailContact() {
    return primaryContact().filter(c -> c.email() != null && !c.email().isBlank());
  }

  /** The {@link #mailContact()} of a customer that mail must reach; none is a broken invariant. */
  public CustomerContact requireMailContact() {
    return mailContact()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "customer " + code + " has no primary contact with an email address"));
  }

  /** Where goods for the customer go: the region of its shipping (or registered) address. */
  public CustomerRegion region() {
    return CustomerRegion.of(addresses == null ? List.of() : addresses);
  }

  public CustomerTeam team() {
    return new CustomerTeam(id, code, assistantUserId, salesRepUserId);
  }
}

package com.gendan.customer;

import java.math.BigDecimal;
import java.util.List;

/**
 * The editable content of a customer, shared by what a client sends ({@link CustomerRequest}) and
 * what is stored ({@link CustomerView}), so that the two can be compared field by field ({@link
 * CustomerField}).
 */
interface CustomerData {

  String code();

  String chineseName();

  String englishName();

  CustomerTier tier();

  String assistantUserId();

  String salesRepUserId();

  Integer paymentTermsDays();

  BigDecimal creditLimit();

  String creditLimitCurrency();

  Integer statementDay();

  Boolean consignment();

  Boolean creditHold();

  String standingRequirements();

  List<CustomerContact> contacts();

  List<CustomerAddress> addresses();
}

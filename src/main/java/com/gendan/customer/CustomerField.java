package com.gendan.customer;

import com.gendan.process.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The editable fields of a customer, each in the group that decides who may change it ({@link
 * CustomerAccess}), with the text the change log keeps for its value.
 */
enum CustomerField {
  CODE("code", "客户编号", Group.MASTER, CustomerData::code),
  CHINESE_NAME("chineseName", "中文名称", Group.MASTER, CustomerData::chineseName),
  ENGLISH_NAME("englishName", "英文名称", Group.MASTER, CustomerData::englishName),
  TIER("tier", "客户等级", Group.MASTER, CustomerData::tier),
  ASSISTANT("assistantUserId", "业助", Group.MASTER, CustomerData::assistantUserId),
  SALES_REP("salesRepUserId", "业务员", Group.MASTER, CustomerData::salesRepUserId),
  STATEMENT_DAY("statementDay", "对帐日", Group.MASTER, CustomerData::statementDay),
  CONSIGNMENT("consignment", "寄存品客户", Group.MASTER, CustomerData::consignment),
  PAYMENT_TERMS("paymentTermsDays", "付款天数", Group.CREDIT, CustomerData::paymentTermsDays),
  CREDIT_LIMIT("creditLimit", "信用额度", Group.CREDIT, CustomerData::creditLimit),
  CREDIT_LIMIT_CURRENCY(
      "creditLimitCurrency", "信用额度币种", Group.CREDIT, CustomerData::creditLimitCurrency),
  CREDIT_HOLD("creditHold", "货款异常停止出货", Group.CREDIT, CustomerData::creditHold),
  CONTACTS("contacts", "联系人", Group.CONTACT, CustomerData::contacts),
  ADDRESSES("addresses", "地址", Group.CONTACT, CustomerData::addresses),
  STANDING_REQUIREMENTS(
      "standingRequirements", "固定要求", Group.CONTACT, CustomerData::standingRequirements);

  /** Who may change a field depends on its group. */
  enum Group {
    /** Names, team, tier, statement day, consignment: sales managers and admins. */
    MASTER,
    /** Credit limit, payment terms, credit hold: also finance. */
    CREDIT,
    /** Contacts, addresses, standing requirements: also the customer's own assistant. */
    CONTACT
  }

  /** The longest value text the change log keeps (its columns are VARCHAR(2000)). */
  static final int MAX_VALUE_LENGTH = 2000;

  private final String jsonName;
  private final String label;
  private final Group group;
  private final Function<CustomerData, Object> accessor;

  CustomerField(
      String jsonName, String label, Group group, Function<CustomerData, Object> accessor) {
    this.jsonName = jsonName;
    this.label = label;
    this.group = group;
    this.accessor = accessor;
  }

  String jsonName() {
    return jsonName;
  }

  /**
   * Credit limit (with its currency) and payment terms: changed by anyone but finance, a request.
   */
  boolean isCreditTerms() {
    return this == PAYMENT_TERMS || this == CREDIT_LIMIT || this == CREDIT_LIMIT_CURRENCY;
  }

  String label() {
    return label;
  }

  Group group() {
    return group;
  }

  /** The value as the change log records it; equal texts mean an unchanged field. */
  String text(CustomerData customer) {
    return text(accessor.apply(customer));
  }

  /** The fields whose value differs between {@code before} and {@code after}. */
  static List<Change> changes(CustomerData before, CustomerData after) {
    List<Change> changes = new ArrayList<>();
    for (CustomerField field : values()) {
      String oldValue = field.text(before);
      String newValue = field.text(after);
      if (!Objects.equals(oldValue, newValue)) {
        changes.add(new Change(field, oldValue, newValue));
      }
    }
    return changes;
  }

  static CustomerField ofJsonName(String jsonName) {
    for (CustomerField field : values()) {
      if (field.jsonName.equals(jsonName)) {
        return field;
      }
    }
    throw new IllegalArgumentException("no customer field " + jsonName);
  }

  private static String text(Object value) {
    String text;
    if (value == null) {
      return null;
    } else if (value instanceof BigDecimal number) {
      text = Numbers.plain(number);
    } else if (value instanceof Enum<?> constant) {
      text = constant.name().toLowerCase(Locale.ROOT);
    } else if (value instanceof List<?> list) {
      text = list.stream().map(CustomerField::describe).collect(Collectors.joining("；"));
    } else {
      text = value.toString();
    }
    return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  private static String describe(Object element) {
    if (element instanceof CustomerContact contact) {
      return contact.describe();
    }
    if (element instanceof CustomerAddress address) {
      return address.describe();
    }
    return String.valueOf(element);
  }

  /** One changed field. */
  record Change(CustomerField field, String oldValue, String newValue) {}
}

package com.gendan.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;
import java.util.Locale;

/** How an order reached the sales department; every one becomes a written sales order. */
public enum OrderChannel implements Labeled, FormChoice {
  FAX("传真"),
  MAIL("邮寄"),
  EMAIL("电子邮件"),
  PHONE("电话"),
  EDI("EDI");

  private final String label;

  OrderChannel(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The option's value on the order form ("phone"). */
  @Override
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Forms and API clients may write the channel in lower case ("phone"). */
  @JsonCreator
  public static OrderChannel of(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}

package com.gendan.audit;

import com.gendan.identity.PeopleDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/** A read in the report: when, who (with name), which customer (code and name), which document. */
record DocumentReadView(
    Instant readAt,
    String userId,
    String userName,
    String customer,
    String document,
    String reference) {

  /** Turns reads into views, looking each customer and person up once. */
  static final class Views {
    private final Map<Long, String> customers = new HashMap<>();
    private final LongFunction<String> customerName;
    private final UnaryOperator<String> names;

    Views(LongFunction<String> customerName, PeopleDirectory people) {
      this.customerName = customerName;
      this.names = people.namesLookedUpOnce();
    }

    DocumentReadView of(DocumentReadLog.Read read) {
      return new DocumentReadView(
          read.readAt(),
          read.userId(),
          names.apply(read.userId()),
          customers.computeIfAbsent(read.customerId(), customerName::apply),
          read.document().label(),
          read.reference());
    }
  }
}

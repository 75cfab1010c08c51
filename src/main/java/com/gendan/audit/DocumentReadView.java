package com.gendan.audit;

import com.gendan.identity.PeopleDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

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
    private final Map<String, String> names = new HashMap<>();
    private final LongFunction<String> customerName;
    private final PeopleDirectory people;

    Views(LongFunction<String> customerName, PeopleDirectory people) {
      this.customerName = customerName;
      this.people = people;
    }

    DocumentReadView of(DocumentReadLog.Read read) {
      return new DocumentReadView(
          read.readAt(),
          read.userId(),
          names.computeIfAbsent(read.userId(), people::displayName),
          customers.computeIfAbsent(read.customerId(), customerName::apply),
          read.document().label(),
          read.reference());
    }
  }
}

package com.gendan.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Mail waiting in the outbox, so a mail server that is down shows up on the metrics endpoint. */
@Component
class OutboxMetrics implements MeterBinder {

  private final OutboxMailRepository repository;

  OutboxMetrics(OutboxMailRepository repository) {
    this.repository = repository;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder(
            "gendan.mail.outbox.pending", repository, r -> r.countByStatus(OutboxStatus.PENDING))
        .description("Mails not yet accepted by the mail server")
        .register(registry);
    Gauge.builder(
            "gendan.mail.outbox.failing",
            repository,
            r -> r.countByStatusAndAttemptsGreaterThan(OutboxStatus.PENDING, 0))
        .description("Mails not yet accepted by the mail server after at least one failed attempt")
        .register(registry);
  }
}

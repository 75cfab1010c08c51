package com.gendan.mail;

import java.sql.Timestamp;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until the outbox has sent what it is due to send now, so a test that compares the database
 * before and after a call is not disturbed by a mail going out in between. A mail due later (one a
 * test queued with the engine's clock moved ahead) is not waited for: the sender leaves it alone.
 */
public final class OutboxSettling {

  private OutboxSettling() {}

  public static void awaitDueMailsSent(JdbcTemplate jdbc, Duration atMost) {
    Awaitility.await()
        .atMost(atMost)
        .until(
            () ->
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'"
                            + " AND attempts = 0 AND next_attempt_at <= ?",
                        Integer.class,
                        new Timestamp(ClockUtil.getCurrentTime().getTime()))
                    == 0);
  }
}

package com.gendan.audit;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the read log as long as {@code gendan.audit.read-log-retention} says, as Camunda's history
 * cleanup keeps history: every night, in the cleanup window, older reads are deleted. Deleting what
 * is older than a cut-off is the same whether one node does it or two, so every node may.
 */
@Component
class DocumentReadCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentReadCleanup.class);

  private final DocumentReadLog log;
  private final Duration retention;
  private final Clock clock;

  DocumentReadCleanup(
      DocumentReadLog log,
      @Value("${gendan.audit.read-log-retention}") Duration retention,
      Clock clock) {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException(
          "gendan.audit.read-log-retention must be positive: " + retention);
    }
    this.log = log;
    this.retention = retention;
    this.clock = clock;
  }

  @Scheduled(cron = "${gendan.audit.read-log-cleanup}", zone = "${gendan.time-zone}")
  void cleanUp() {
    int deleted = log.deleteBefore(clock.instant().minus(retention));
    if (deleted > 0) {
      LOG.info("read log: {} reads older than {} deleted", deleted, retention);
    }
  }
}

package com.gendan.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from sender address of every outbox mail
 * @param pollInterval how often the sender looks for mail that is due
 * @param firstRetryDelay wait after the first failed attempt; doubles with every further failure
 * @param maxRetryDelay upper bound of the wait between attempts
 * @param incidentAfterAttempts failed attempts after which a mail raises an incident on the process
 *     instance that sent it
 */
@ConfigurationProperties("gendan.mail")
record MailOutboxProperties(
    @DefaultValue("gendan@gendan.local") String from,
    @DefaultValue("PT15S") Duration pollInterval,
    @DefaultValue("PT30S") Duration firstRetryDelay,
    @DefaultValue("PT30M") Duration maxRetryDelay,
    @DefaultValue("3") int incidentAfterAttempts) {

  Backoff backoff() {
    return new Backoff(firstRetryDelay, maxRetryDelay);
  }
}

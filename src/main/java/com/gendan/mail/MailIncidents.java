package com.gendan.mail;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a mail the server keeps refusing visible where operators look: a Camunda incident on the
 * process instance that sent it. The outbox goes on retrying; the incident is resolved by the
 * attempt that delivers the mail.
 */
@Component
public class MailIncidents {

  /** Incident type shown in Cockpit. */
  public static final String TYPE = "mailDelivery";

  private static final Logger log = LoggerFactory.getLogger(MailIncidents.class);

  private final RuntimeService runtimeService;

  MailIncidents(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /**
   * Raises the incident on the process instance, if it still runs.
   *
   * @return the incident's id, empty when the engine refused (the instance has ended, say); the
   *     next failed attempt tries again
   */
  Optional<String> raise(
      long mailId,
      String processInstanceId,
      String subject,
      String to,
      int failedAttempts,
      String error) {
    String message =
        "邮件未能发出（已尝试 " + failedAttempts + " 次，系统仍在自动重试）：《" + subject + "》→ " + to + "；错误：" + error;
    try {
      Incident incident =
          runtimeService.createIncident(TYPE, processInstanceId, configuration(mailId), message);
      log.warn(
          "Mail {} not delivered after {} attempts: incident {} raised on process instance {}",
          mailId,
          failedAttempts,
          incident.getId(),
          processInstanceId);
      return Optional.of(incident.getId());
    } catch (ProcessEngineException e) {
      log.warn(
          "Mail {} not delivered after {} attempts; no incident on process instance {}: {}",
          mailId,
          failedAttempts,
          processInstanceId,
          e.getMessage());
      return Optional.empty();
    }
  }

  /** Resolves the incident of a mail that has now been delivered, unless it is gone already. */
  void resolve(long mailId, String incidentId) {
    try {
      runtimeService.resolveIncident(incidentId);
      log.info("Mail {} delivered: incident {} resolved", mailId, incidentId);
    } catch (ProcessEngineException e) {
      log.info(
          "Mail {} delivered; its incident {} is gone already: {}",
          mailId,
          incidentId,
          e.getMessage());
    }
  }

  /** The incident's configuration names the outbox row, for operators who look it up. */
  static String configuration(long mailId) {
    return "mail_outbox:" + mailId;
  }
}

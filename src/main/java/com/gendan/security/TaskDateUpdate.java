package com.gendan.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gendan.problem.FieldProblem;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * {@code PUT /task/{id}} as Tasklist sends it to set a task's due or follow-up date: the whole task
 * as it was read. The engine would write every field of it (name, assignee, owner, priority, …) and
 * asks for the right to update the task, which Gendan gives no user, and it cannot read back the
 * task's {@code camundaFormRef} it wrote itself (a known 7.x defect: an interface Jackson cannot
 * construct). So a user's update sets only the two dates, on a task she sees, as herself (the
 * operation log names her); an admin's goes to the engine less the form reference.
 */
final class TaskDateUpdate {

  static final String FORM_REF = "camundaFormRef";

  /** The engine REST API's date format, as Tasklist writes it: 2026-12-04T14:30:00.000+0800. */
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2099;
  private static final int MAX_LENGTH = 40;

  /** The two dates a user may set; null clears one. */
  record Dates(Date due, Date followUp) {

    /** Reads both dates from the submitted task, naming each bad one in {@code problems}. */
    static Dates read(ObjectNode submitted, List<FieldProblem> problems) {
      return new Dates(
          date(submitted.get("due"), "到期日期", problems),
          date(submitted.get("followUp"), "跟进日期", problems));
    }

    /** Sets the dates on the task, within a command that has found it visible to the user. */
    void saveOn(TaskEntity task, CommandContext context) {
      task.setDueDate(due);
      task.setFollowUpDate(followUp);
      context.runWithoutAuthorization(() -> new SaveTaskCmd(task).execute(context));
    }
  }

  private TaskDateUpdate() {}

  private static Date date(JsonNode value, String label, List<FieldProblem> problems) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().length() > MAX_LENGTH) {
      problems.add(new FieldProblem(label, "日期格式不正确"));
      return null;
    }
    try {
      OffsetDateTime date = OffsetDateTime.parse(value.asText(), REST_DATE);
      if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        problems.add(new FieldProblem(label, "须在" + FIRST_YEAR + "年到" + LAST_YEAR + "年之间"));
        return null;
      }
      return Date.from(date.toInstant());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(label, "日期格式不正确"));
      return null;
    }
  }

  /** An admin's update as sent, less the form reference the engine cannot read. */
  static ObjectNode forAdmin(ObjectNode submitted) {
    submitted.remove(FORM_REF);
    return submitted;
  }
}

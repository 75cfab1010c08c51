package com.gendan.conduct;

import com.gendan.identity.Role;
import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Due dates of the conduct review's tasks, from configuration, and who else may take the review:
 * for the model's expressions such as {@code ${conductReviewDeadlines.reviewDue()}}.
 */
@Component(ConductReviewProcess.Beans.DEADLINES)
public class ConductReviewDeadlines {

  private final ConductProperties properties;
  private final Clock clock;

  public ConductReviewDeadlines(ConductProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  public Date reviewDue() {
    return after(properties.reviewDue());
  }

  public Date approvalDue() {
    return after(properties.approvalDue());
  }

  /**
   * The review's candidate groups: none when it goes to her own manager (the assignee), every sales
   * manager when she has none.
   */
  public List<String> reviewGroups(String reviewer) {
    return reviewer == null || reviewer.isBlank()
        ? List.of(Role.SALES_MANAGER.groupId())
        : List.of();
  }

  private Date after(Period period) {
    return Date.from(ZonedDateTime.now(clock).plus(period).toInstant());
  }
}

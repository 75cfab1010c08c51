package com.gendan.conduct;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The conduct review (SPEC D14; the regulation's 第二章 四 and 五): its key, element ids, delegate bean
 * names and typed variables. Model: processes/conduct-review.bpmn.
 *
 * <p>A sales manager or the general manager reports a commendation or a violation of an assistant
 * with its facts → the assistant's own sales manager (identity user info {@code salesManager}; any
 * sales manager when none is set) checks the facts (审查认定属实) and proposes the decision → the general
 * manager approves or rejects it → approved, the case is recorded on the assistant's file. Every
 * outcome is mailed to the reporter; a recorded one to the assistant and her manager too.
 */
public final class ConductReviewProcess {

  public static final String KEY = "conductReview";

  private ConductReviewProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_REPORTED = "Event_ConductReported";
    public static final String REGISTER_CASE = "Task_RegisterConductCase";
    public static final String REVIEW_CASE = "Task_ReviewConductCase";
    public static final String REVIEW_FINDING = "Gateway_ReviewFinding";
    public static final String APPROVE_DECISION = "Task_ApproveConductDecision";
    public static final String DECISION_APPROVED = "Gateway_DecisionApproved";
    public static final String NOT_RECORDED_JOIN = "Gateway_NotRecordedJoin";
    public static final String CLOSE_CASE = "Task_CloseConductCase";
    public static final String END_CLOSED = "Event_CaseClosed";
    public static final String RECORD_CASE = "Task_RecordConductCase";
    public static final String END_RECORDED = "Event_CaseRecorded";

    private Elements() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /** First step: checks and registers the start form's report, routes the review. */
    public static final String REGISTER_CASE = "registerConductCase";

    /** Task listener (complete) on the sales manager's review. */
    public static final String CASE_REVIEWED = "conductCaseReviewed";

    /** Task listener (complete) on the general manager's approval. */
    public static final String DECISION_DECIDED = "conductDecisionDecided";

    /** Not confirmed, or the decision rejected: closes the case and tells the reporter. */
    public static final String CLOSE_CASE = "closeConductCase";

    /** Approved: records the case on the assistant's file and tells everyone concerned. */
    public static final String RECORD_CASE = "recordConductCase";

    /**
     * Due dates: {@code ${conductReviewDeadlines.reviewDue()}}, {@code approvalDue()}; the review's
     * fallback candidates: {@code ${conductReviewDeadlines.reviewGroups(reviewer)}}.
     */
    public static final String DEADLINES = "conductReviewDeadlines";

    private Beans() {}
  }

  /** The sales manager's finding ({@link Variables#REVIEW_FINDING}). */
  public enum ReviewFinding implements FormChoice {
    CONFIRMED("confirmed"),
    NOT_CONFIRMED("notConfirmed");

    private final String value;

    ReviewFinding(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  /** The general manager's answer ({@link Variables#GM_DECISION}). */
  public enum GmDecision implements FormChoice {
    APPROVE("approve"),
    REJECT("reject");

    private final String value;

    GmDecision(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** The case (table conduct_case); every step loads it from there. */
    public static final ProcessVariable<Long> CASE_ID =
        ProcessVariable.of("conductCaseId", Long.class);

    /** JC-2026-00001: business key, shown on the forms. */
    public static final ProcessVariable<String> CASE_NUMBER =
        ProcessVariable.of("caseNumber", String.class);

    // Start form.
    /** The assistant's user id. */
    public static final ProcessVariable<String> ASSISTANT =
        ProcessVariable.of("assistant", String.class);

    public static final ProcessVariable<ConductKind> CONDUCT_KIND =
        ProcessVariable.choice("conductKind", ConductKind.class);
    public static final ProcessVariable<ConductCategory> CATEGORY =
        ProcessVariable.choice("category", ConductCategory.class);
    public static final ProcessVariable<String> FACTS = ProcessVariable.of("facts", String.class);
    public static final ProcessVariable<LocalDate> OCCURRED_ON = ProcessVariable.date("occurredOn");

    /** Her own sales manager, the review's assignee; null when none is set. */
    public static final ProcessVariable<String> REVIEWER =
        ProcessVariable.of("reviewer", String.class);

    /** Shown on the forms: who, what and when. */
    public static final ProcessVariable<String> CASE_SUMMARY =
        ProcessVariable.of("caseSummary", String.class);

    // Review form.
    public static final ProcessVariable<ReviewFinding> REVIEW_FINDING =
        ProcessVariable.choice("reviewFinding", ReviewFinding.class);
    public static final ProcessVariable<String> REVIEW_NOTE =
        ProcessVariable.of("reviewNote", String.class);
    public static final ProcessVariable<ConductDecision> PROPOSED_DECISION =
        ProcessVariable.choice("proposedDecision", ConductDecision.class);

    /** A fine in CNY, as typed. */
    public static final ProcessVariable<BigDecimal> FINE_AMOUNT =
        ProcessVariable.decimal("fineAmount");

    /** Shown on the general manager's form: the finding and the proposed decision. */
    public static final ProcessVariable<String> REVIEW_SUMMARY =
        ProcessVariable.of("reviewSummary", String.class);

    // Approval form.
    public static final ProcessVariable<GmDecision> GM_DECISION =
        ProcessVariable.choice("gmDecision", GmDecision.class);
    public static final ProcessVariable<String> GM_NOTE =
        ProcessVariable.of("gmNote", String.class);

    private Variables() {}
  }
}

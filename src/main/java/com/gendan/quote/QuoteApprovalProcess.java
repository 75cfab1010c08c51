package com.gendan.quote;

import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.util.Date;
import java.util.List;

/**
 * The quote approval process (SPEC D2): its key, element ids, delegate bean names and typed
 * variables. Model: processes/quote-approval.bpmn; signing authority:
 * processes/quote-approval-authority.dmn.
 */
public final class QuoteApprovalProcess {

  public static final String KEY = "quoteApproval";
  public static final String AUTHORITY_DECISION = "quoteApprovalAuthority";

  private QuoteApprovalProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START_INQUIRY = "Event_InquiryReceived";
    public static final String REGISTER_INQUIRY = "Task_RegisterInquiry";
    public static final String NOTIFY_SALES_MANAGER = "Task_NotifySalesManager";

    /** Where the first draft, a signer's send-back and a counter-offer meet. */
    public static final String DRAFT_QUOTE_JOIN = "Gateway_DraftQuoteJoin";

    public static final String DRAFT_QUOTE = "Task_DraftQuote";
    public static final String DECIDE_SIGNERS = "Task_DecideSigners";
    public static final String SIGN_QUOTE = "Task_SignQuote";
    public static final String SIGNING_OUTCOME = "Gateway_SigningOutcome";
    public static final String RECORD_SIGNER_REJECTION = "Task_RecordSignerRejection";
    public static final String GENERATE_SIGNED_QUOTE = "Task_GenerateSignedQuote";
    public static final String SEND_QUOTE = "Task_SendQuote";
    public static final String REGISTER_CUSTOMER_RESPONSE = "Task_RegisterCustomerResponse";
    public static final String QUOTE_EXPIRED_TIMER = "Event_QuoteExpired";
    public static final String EXPIRE_QUOTE = "Task_ExpireQuote";
    public static final String CUSTOMER_RESPONSE = "Gateway_CustomerResponse";
    public static final String RECORD_PRICE_AGREEMENTS = "Task_RecordPriceAgreements";
    public static final String START_REVISION = "Task_StartRevision";
    public static final String RECORD_CUSTOMER_DECLINE = "Task_RecordCustomerDecline";
    public static final String END_ACCEPTED = "Event_QuoteAccepted";
    public static final String END_REJECTED = "Event_QuoteRejected";
    public static final String END_DECLINED = "Event_QuoteDeclined";
    public static final String END_EXPIRED = "Event_QuoteExpiredEnd";

    private Elements() {}
  }

  /**
   * Spring beans the model names in {@code camunda:delegateExpression} (service tasks and task
   * listeners) and in expressions ({@link #DEADLINES}).
   */
  public static final class Beans {
    public static final String REGISTER_INQUIRY = "registerInquiry";
    public static final String NOTIFY_SALES_MANAGER = "notifySalesManagerOfInquiry";

    /** Task listener (complete) on the draft task: validates and stores the unit prices. */
    public static final String DRAFT_COMPLETED = "quoteDraftCompleted";

    /** Task listener (complete) on the signing task: validates and records the signature. */
    public static final String SIGNATURE_RECORDED = "quoteSignatureRecorded";

    /** Task listener (timeout) on the signing task: reminds the signers by mail. */
    public static final String REMIND_SIGNER = "remindQuoteSigner";

    public static final String RECORD_SIGNER_REJECTION = "recordSignerRejection";
    public static final String GENERATE_SIGNED_QUOTE = "generateSignedQuote";
    public static final String SEND_QUOTE = "sendQuoteToCustomer";

    /** Task listener (complete) on the customer response task: validates and records it. */
    public static final String CUSTOMER_RESPONSE_RECORDED = "customerResponseRecorded";

    /** Task listener (timeout) on the customer response task: reminds the assistant. */
    public static final String REMIND_CUSTOMER_RESPONSE = "remindCustomerResponse";

    public static final String EXPIRE_QUOTE = "expireQuote";
    public static final String RECORD_PRICE_AGREEMENTS = "recordPriceAgreements";
    public static final String START_REVISION = "startQuoteRevision";
    public static final String RECORD_CUSTOMER_DECLINE = "recordCustomerDecline";

    /**
     * Due dates and timer durations from configuration, e.g. {@code ${quoteDeadlines.draftDue()}}
     * (a Date) and {@code ${quoteDeadlines.signingReminder}} (an ISO-8601 duration such as P2D).
     */
    public static final String DEADLINES = "quoteDeadlines";

    private Beans() {}
  }

  /** What a signer decides on the signing form ({@link Variables#SIGN_DECISION}). */
  public enum SignDecision implements FormChoice {
    APPROVE("approve", SignatureDecision.APPROVED),
    REJECT("reject", SignatureDecision.REJECTED),
    REVISE("revise", SignatureDecision.REVISION_REQUESTED);

    private final String value;
    private final SignatureDecision decision;

    SignDecision(String value, SignatureDecision decision) {
      this.value = value;
      this.decision = decision;
    }

    @Override
    public String value() {
      return value;
    }

    /** The decision as the quote records it. */
    SignatureDecision decision() {
      return decision;
    }
  }

  /** What the customer answered ({@link Variables#CUSTOMER_RESPONSE}). */
  public enum CustomerResponse implements FormChoice {
    ACCEPTED("accepted"),
    PARTIALLY_ACCEPTED("partial"),
    COUNTERED("countered"),
    REJECTED("rejected");

    private final String value;

    CustomerResponse(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** The quote (Gendan's table quote); every delegate loads it from there. */
    public static final ProcessVariable<Long> QUOTE_ID = ProcessVariable.of("quoteId", Long.class);

    public static final ProcessVariable<String> QUOTE_NUMBER =
        ProcessVariable.of("quoteNumber", String.class);
    public static final ProcessVariable<Integer> REVISION_NO =
        ProcessVariable.of("revisionNo", Integer.class);

    /** Shown on the forms: the customer's Chinese name. */
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    public static final ProcessVariable<String> CURRENCY =
        ProcessVariable.of("currency", String.class);

    /** Shown on the signing form: the revision's total in its currency, once priced. */
    public static final ProcessVariable<String> TOTAL_AMOUNT =
        ProcessVariable.of("totalAmount", String.class);

    // Inquiry start form (Tasklist): customerCode, currency, validityDays, inquiryLinesText,
    // inquiryNote.
    public static final ProcessVariable<String> CUSTOMER_CODE =
        ProcessVariable.of("customerCode", String.class);
    public static final ProcessVariable<Long> VALIDITY_DAYS =
        ProcessVariable.of("validityDays", Long.class);

    /**
     * The inquiry's lines as text, one product a line: code, quantity and optionally the target
     * price, separated by blanks, commas or tabs (pasted from Excel). Camunda 7.24's Tasklist
     * cannot submit a form after a dynamic list was edited (form-js issue 1494), so the start form
     * takes text and the server parses it.
     */
    public static final ProcessVariable<String> INQUIRY_LINES_TEXT =
        ProcessVariable.of("inquiryLinesText", String.class);

    public static final ProcessVariable<String> INQUIRY_NOTE =
        ProcessVariable.of("inquiryNote", String.class);

    /**
     * JSON list of the current revision's lines, shown read-only by the forms: {lineNo,
     * productCode, productName, spec, unit, quantity, targetPrice, listPrice, floorPrice,
     * unitPrice}.
     */
    public static final String QUOTE_LINES = "quoteLines";

    /**
     * The draft form's price of line n is the variable {@code unitPrice<n>} (n from 1 to {@link
     * #MAX_LINES}): one plain field per line, for the reason given at {@link #INQUIRY_LINES_TEXT}.
     */
    public static final String UNIT_PRICE_PREFIX = "unitPrice";

    /** The most lines a quote may have; the draft form has this many price fields. */
    public static final int MAX_LINES = 20;

    // Inputs of the quoteApprovalAuthority decision, set when the draft is completed.
    public static final ProcessVariable<Double> DISCOUNT_PERCENT =
        ProcessVariable.of("discountPercent", Double.class);
    public static final ProcessVariable<Boolean> BELOW_FLOOR_PRICE =
        ProcessVariable.of("belowFloorPrice", Boolean.class);
    public static final ProcessVariable<Double> TOTAL_AMOUNT_CNY =
        ProcessVariable.of("totalAmountCny", Double.class);
    public static final ProcessVariable<String> CUSTOMER_TIER =
        ProcessVariable.of("customerTier", String.class);

    /** The decision's result: the groups that must sign, in order (collectEntries). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final ProcessVariable<List<String>> APPROVER_GROUPS =
        ProcessVariable.of("approverGroups", (Class<List<String>>) (Class) List.class);

    /** The multi-instance element variable of the signing task. */
    public static final ProcessVariable<String> APPROVER_GROUP =
        ProcessVariable.of("approverGroup", String.class);

    /** Signing form: one of {@link SignDecision}. */
    public static final ProcessVariable<SignDecision> SIGN_DECISION =
        ProcessVariable.choice("signDecision", SignDecision.class);

    public static final ProcessVariable<String> SIGN_COMMENT =
        ProcessVariable.of("signComment", String.class);

    /** The end of the quote's validity: the expiry timer's date. */
    public static final ProcessVariable<Date> VALID_UNTIL =
        ProcessVariable.of("validUntil", Date.class);

    /** Customer response form: one of {@link CustomerResponse}. */
    public static final ProcessVariable<CustomerResponse> CUSTOMER_RESPONSE =
        ProcessVariable.choice("customerResponse", CustomerResponse.class);

    /**
     * Customer response form: the accepted line numbers (checklist, JSON list of numbers), its
     * options come from {@link #LINE_OPTIONS}.
     */
    public static final String ACCEPTED_LINES = "acceptedLines";

    /** JSON list of {label, value} for the accepted-lines checklist. */
    public static final String LINE_OPTIONS = "lineOptions";

    public static final ProcessVariable<String> RESPONSE_REASON =
        ProcessVariable.of("responseReason", String.class);

    private Variables() {}
  }
}

package com.gendan.receivable;

import com.gendan.data.Labeled;
import com.gendan.process.FormChoice;
import com.gendan.process.ProcessVariable;
import java.time.LocalDate;

/**
 * The collection ladder of one invoice's receivable (SPEC D11; process receivableCollection,
 * processes/receivable-collection.bpmn): its key, element ids, message, bean names and typed
 * variables.
 *
 * <p>Started for each invoice when finance issues it (business key the invoice number, in the
 * customer's scope). A reminder to the assistant before the due date; overdue, the assistant chases
 * the customer (催收货款, repeated, each contact logged in table receivable_chase) and a promised
 * payment date that passes without a payment escalates at once to the sales manager; 15 days
 * overdue the sales rep helps, 30 days the sales manager and finance, 60 days the general manager
 * is told and the customer goes on credit hold. Every period is a property under {@code
 * gendan.receivable.ladder}. Each payment finance registers is the message {@link
 * Messages#PAYMENT_RECEIVED}: a full payment ends the ladder, a partial one leaves it running.
 */
public final class ReceivableCollectionProcess {

  public static final String KEY = "receivableCollection";

  private ReceivableCollectionProcess() {}

  /** Element ids in the BPMN. */
  public static final class Elements {
    public static final String START = "Event_InvoiceIssued";
    public static final String OPEN_COLLECTION = "Task_OpenCollection";
    public static final String COLLECTION = "SubProcess_Collection";
    public static final String REMINDER_DUE = "Event_ReminderDue";
    public static final String REMIND_ASSISTANT = "Task_RemindAssistant";
    public static final String OVERDUE = "Event_Overdue";
    public static final String CHASE_LOOP = "Gateway_ChaseLoop";
    public static final String CHASE_PAYMENT = "Task_ChasePayment";
    public static final String PAYMENT_PROMISED = "Gateway_PaymentPromised";
    public static final String PROMISED_DATE_PASSED = "Event_PromisedDatePassed";
    public static final String CHECK_PROMISE = "Task_CheckPromise";
    public static final String PROMISE_OUTCOME = "Gateway_PromiseOutcome";
    public static final String ESCALATE_BROKEN_PROMISE = "Task_EscalateBrokenPromise";
    public static final String FOUND_SETTLED = "Event_FoundSettled";
    public static final String SALES_REP_STAGE = "SubProcess_SalesRepHelps";
    public static final String OVERDUE_SALES_REP = "Event_OverdueSalesRep";
    public static final String NOTIFY_SALES_REP = "Task_NotifySalesRep";
    public static final String HELP_CHASE = "Task_HelpChase";
    public static final String SALES_REP_HELPED = "Event_SalesRepHelped";
    public static final String MANAGER_STAGE = "SubProcess_ManagerAndFinance";
    public static final String OVERDUE_MANAGER = "Event_OverdueManager";
    public static final String NOTIFY_MANAGER_AND_FINANCE = "Task_NotifyManagerAndFinance";
    public static final String SUPERVISE_CHASE = "Task_SuperviseChase";
    public static final String MANAGER_SUPERVISED = "Event_ManagerSupervised";
    public static final String CREDIT_HOLD_STAGE = "SubProcess_CreditHold";
    public static final String OVERDUE_GENERAL_MANAGER = "Event_OverdueGeneralManager";
    public static final String PLACE_CREDIT_HOLD = "Task_PlaceCreditHold";
    public static final String NOTIFY_GENERAL_MANAGER = "Task_NotifyGeneralManager";
    public static final String CREDIT_HOLD_PLACED = "Event_CreditHoldPlaced";
    public static final String PAYMENT_RECEIVED = "Event_PaymentReceived";
    public static final String APPLY_PAYMENT = "Task_ApplyPayment";
    public static final String FULLY_PAID = "Gateway_FullyPaid";
    public static final String RECEIVABLE_SETTLED = "Event_ReceivableSettled";
    public static final String PARTLY_PAID = "Event_PartlyPaid";
    public static final String COLLECTED = "Event_Collected";

    private Elements() {}
  }

  /** Message names in the BPMN. */
  public static final class Messages {
    /** A payment registered on the invoice; carries {@link Variables#PAYMENT_ID}. */
    public static final String PAYMENT_RECEIVED = "paymentReceived";

    private Messages() {}
  }

  /** Spring beans the model names. */
  public static final class Beans {
    /**
     * The ladder's dates and due dates: {@code ${receivableLadder.reminderAt(dueOn)}}, {@code
     * overdueAt}, {@code salesRepAt}, {@code managerAt}, {@code generalManagerAt}, {@code
     * promiseCheckAt(promisedOn)}, {@code chaseDue()}, {@code helpDue()}, {@code
     * managerGroups(salesManager)}.
     */
    public static final String LADDER = "receivableLadder";

    /** First step: the invoice's facts into the instance (due date, summary, her manager). */
    public static final String OPEN_COLLECTION = "openReceivableCollection";

    /** The reminder before the due date, to the assistant. */
    public static final String REMIND_ASSISTANT = "remindReceivableDue";

    /** Task listener (complete) of every chase task: logs the contact and any promise. */
    public static final String CHASE_RECORDED = "receivableChaseRecorded";

    /** The promised date has passed: was anything paid since the promise? */
    public static final String CHECK_PROMISE = "checkPaymentPromise";

    /** A broken promise, mailed at once to the sales manager. */
    public static final String ESCALATE_BROKEN_PROMISE = "escalateBrokenPromise";

    /** 15 days overdue: the sales rep is mailed. */
    public static final String NOTIFY_SALES_REP = "notifySalesRepOfReceivable";

    /** 30 days overdue: the sales manager and finance are mailed. */
    public static final String NOTIFY_MANAGER_AND_FINANCE = "notifyManagerOfReceivable";

    /** 60 days overdue: the customer goes on credit hold (recorded as the ladder's). */
    public static final String PLACE_CREDIT_HOLD = "placeLadderCreditHold";

    /** 60 days overdue: the general manager (and finance, the team) are mailed. */
    public static final String NOTIFY_GENERAL_MANAGER = "notifyGeneralManagerOfReceivable";

    /** A payment arrived: is the receivable paid in full? */
    public static final String APPLY_PAYMENT = "applyReceivablePayment";

    private Beans() {}
  }

  /** How the customer was reached ({@link Variables#CONTACT_WAY}, column contact_way). */
  public enum ContactWay implements FormChoice, Labeled {
    PHONE("phone", "电话"),
    EMAIL("email", "邮件"),
    VISIT("visit", "拜访"),
    FAX("fax", "传真"),
    OTHER("other", "其他");

    private final String value;
    private final String label;

    ContactWay(String value, String label) {
      this.value = value;
      this.label = label;
    }

    @Override
    public String value() {
      return value;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** What the check of a passed promise found ({@link Variables#PROMISE_OUTCOME}). */
  public enum PromiseOutcome implements FormChoice {
    /** Something was paid since the promise: the assistant chases on. */
    KEPT("kept"),
    /** Nothing was paid: escalated to the sales manager. */
    BROKEN("broken"),
    /** Nothing is open any more (settled without the message): the ladder ends. */
    SETTLED("settled");

    private final String value;

    PromiseOutcome(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  public static final class Variables {
    /** The invoice (table invoice); its receivable is found by it. */
    public static final ProcessVariable<Long> INVOICE_ID =
        ProcessVariable.of("invoiceId", Long.class);

    /** The invoice number: business key, shown on the forms. */
    public static final ProcessVariable<String> INVOICE_NUMBER =
        ProcessVariable.of("invoiceNumber", String.class);

    /** The customer's Chinese name, on the task cards. */
    public static final ProcessVariable<String> CUSTOMER_NAME =
        ProcessVariable.of("customerName", String.class);

    /** The invoice's statement: its printable page is what the forms link to. */
    public static final ProcessVariable<String> STATEMENT_NUMBER =
        ProcessVariable.of("statementNumber", String.class);

    /** The receivable's due date, which every timer of the ladder counts from. */
    public static final ProcessVariable<LocalDate> DUE_ON = ProcessVariable.date("dueOn");

    /** Shown on the forms: customer, invoice, amount, open amount, due date. */
    public static final ProcessVariable<String> RECEIVABLE_SUMMARY =
        ProcessVariable.of("receivableSummary", String.class);

    /** The assistant's own sales manager (identity user info); null when none is set. */
    public static final ProcessVariable<String> SALES_MANAGER =
        ProcessVariable.of("salesManager", String.class);

    // Chase forms.
    public static final ProcessVariable<ContactWay> CONTACT_WAY =
        ProcessVariable.choice("contactWay", ContactWay.class);
    public static final ProcessVariable<String> CHASE_NOTE =
        ProcessVariable.of("chaseNote", String.class);
    public static final ProcessVariable<LocalDate> PROMISED_ON = ProcessVariable.date("promisedOn");

    /** Whether the last chase of the assistant logged a promised payment date. */
    public static final ProcessVariable<Boolean> PAYMENT_PROMISED =
        ProcessVariable.of("paymentPromised", Boolean.class);

    /** The promise being watched: its chase (table receivable_chase). */
    public static final ProcessVariable<Long> PROMISE_CHASE_ID =
        ProcessVariable.of("promiseChaseId", Long.class);

    /** The promise being watched: the date the customer promised to pay by. */
    public static final ProcessVariable<LocalDate> WATCHED_PROMISE =
        ProcessVariable.date("watchedPromise");

    public static final ProcessVariable<PromiseOutcome> PROMISE_OUTCOME =
        ProcessVariable.choice("promiseOutcome", PromiseOutcome.class);

    /** Whether the ladder put the customer on credit hold (false: it was on hold already). */
    public static final ProcessVariable<Boolean> CREDIT_HOLD_PLACED =
        ProcessVariable.of("creditHoldPlaced", Boolean.class);

    /** The message's payment (table payment). */
    public static final ProcessVariable<Long> PAYMENT_ID =
        ProcessVariable.of("paymentId", Long.class);

    /** Whether nothing of the receivable is open after the payment. */
    public static final ProcessVariable<Boolean> RECEIVABLE_PAID =
        ProcessVariable.of("receivablePaid", Boolean.class);

    private Variables() {}
  }
}

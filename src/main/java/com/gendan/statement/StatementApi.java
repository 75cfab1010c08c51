package com.gendan.statement;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.customer.CustomerSelection;
import com.gendan.data.IdOrNumber;
import com.gendan.data.ListQuery;
import com.gendan.data.Paging;
import com.gendan.data.ResultPage;
import com.gendan.document.DocumentPages;
import com.gendan.document.DocumentPages.Document;
import com.gendan.problem.NotFoundException;
import com.gendan.receivable.ReceivableService;
import com.gendan.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statement and invoice API's use cases: reads only (statements are built by the calendar and
 * worked in Tasklist), in the customer scope — the customer's assistant and sales rep, managers,
 * finance, top management, auditors; every read is logged.
 */
@Service
@Transactional(readOnly = true)
class StatementApi {

  static final String EXAMPLE_NUMBER = "DZ-2026-00001";

  private static final Logger LOG = LoggerFactory.getLogger(StatementApi.class);

  private final StatementService statementService;
  private final StatementDocuments documents;
  private final CustomerDirectory customers;
  private final InvoiceRepository invoices;
  private final DocumentReadLog readLog;
  private final EntityManager entityManager;
  private final ReceivableService receivables;

  StatementApi(
      StatementService statementService,
      StatementDocuments documents,
      CustomerDirectory customers,
      InvoiceRepository invoices,
      DocumentReadLog readLog,
      EntityManager entityManager,
      ReceivableService receivables) {
    this.statementService = statementService;
    this.documents = documents;
    this.customers = customers;
    this.invoices = invoices;
    this.readLog = readLog;
    this.entityManager = entityManager;
    this.receivables = receivables;
  }

  StatementView find(String idOrNumber, CurrentUser user) {
    return statementService.view(readable(reference(idOrNumber), user));
  }

  ResultPage<StatementView.Summary> list(
      String customer, String period, StatementStatus status, Paging paging, CurrentUser user) {
    CustomerSelection selection = customers.readableBy(user, customer);
    ResultPage<Statement> page = statementService.list(selection, period, status, paging);
    LOG.info(
        "Statements listed by {} (customer {}, period {}, status {}): {}",
        user.userId(),
        customer,
        period,
        status,
        page);
    return page.map(
        statement ->
            StatementView.Summary.of(
                statement, customers.findById(statement.customerId()).orElseThrow()));
  }

  /**
   * A consignment customer's consumption, reported by someone who serves the customer (its
   * assistant or sales rep, or a manager).
   */
  @Transactional
  ConsumptionView reportConsumption(ConsumptionRequest request, CurrentUser user) {
    if (request.customerId() != null) {
      customers
          .findById(request.customerId())
          .ifPresent(customer -> customers.requireServes(user, customer, "寄售消耗"));
    }
    long id = statementService.reportConsumption(request, user.userId());
    LOG.info(
        "Consumption {} of order {} line {} reported by {}",
        id,
        request.orderNumber(),
        request.lineNo(),
        user.userId());
    return new ConsumptionView(
        id,
        request.customerId(),
        request.orderNumber().strip().toUpperCase(),
        request.lineNo(),
        request.quantity(),
        request.consumedOn());
  }

  /** A consumption report as the API answers it. */
  record ConsumptionView(
      long id,
      long customerId,
      String orderNumber,
      int lineNo,
      BigDecimal quantity,
      LocalDate consumedOn) {}

  /** The printable 对帐单 (page and PDF). */
  Document page(String statementNumber, CurrentUser user) {
    return documents.page(find(statementNumber, user));
  }

  /** The statement's workbook and its file name. */
  Download excel(String idOrNumber, CurrentUser user) {
    StatementView statement = find(idOrNumber, user);
    return new Download(StatementDocuments.excelName(statement), documents.excel(statement));
  }

  /** A file to download. */
  record Download(String fileName, byte[] content) {}

  /** The statement's PDF and its file name. */
  Download pdf(String idOrNumber, CurrentUser user) {
    StatementView statement = find(idOrNumber, user);
    Document page = documents.page(statement);
    return new Download(DocumentPages.pdfName(page), documents.pdf(statement));
  }

  ResultPage<Invoice.View> invoices(String customer, Paging paging, CurrentUser user) {
    CustomerSelection selection = customers.readableBy(user, customer);
    ResultPage<Invoice> page =
        ListQuery.of(
                entityManager,
                Invoice.class,
                "select d from Invoice d",
                "select d.id from Invoice d",
                "d.id desc")
            .whereIn("d.customerId in :customers", "customers", selection.customerIds())
            .page(paging);
    LOG.info("Invoices listed by {} (customer {}): {}", user.userId(), customer, page);
    return page.map(this::invoiceView);
  }

  /** An invoice, by its id (its number is finance's, as the tax office printed it). */
  Invoice.View invoice(long id, CurrentUser user) {
    Invoice invoice =
        invoices
            .findById(id)
            .filter(i -> customers.mayRead(user, i.customerId()))
            .orElseThrow(() -> new NotFoundException("发票不存在：" + id));
    readLog.record(user, invoice.customerId(), ReadDocument.INVOICE, invoice.invoiceNumber());
    return invoiceView(invoice);
  }

  private Invoice.View invoiceView(Invoice invoice) {
    return invoice.toView(
        statementService.load(invoice.statementId()).statementNumber(),
        customers.findById(invoice.customerId()).orElseThrow().code(),
        receivables.account(invoice.id()).orElseThrow());
  }

  /**
   * The statement, if it exists and the user may read its customer's documents; the read is logged.
   *
   * @throws NotFoundException otherwise, the same for a missing statement and another team's
   */
  Statement readable(IdOrNumber reference, CurrentUser user) {
    Statement statement =
        statementService
            .find(reference)
            .filter(s -> customers.mayRead(user, s.customerId()))
            .orElseThrow(() -> new NotFoundException("对帐单不存在：" + reference));
    readLog.record(
        user, statement.customerId(), ReadDocument.STATEMENT, statement.statementNumber());
    return statement;
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, StatementService.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }
}

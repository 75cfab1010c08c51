package com.gendan.receivable;

import com.gendan.audit.DocumentReadLog;
import com.gendan.audit.ReadDocument;
import com.gendan.customer.CustomerDirectory;
import com.gendan.identity.Role;
import com.gendan.problem.NotFoundException;
import com.gendan.security.CurrentUser;
import com.gendan.security.CurrentUsers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "receivables", description = "应收账款：登记收款、催收记录、账龄表")
class ReceivableController {

  private static final Logger LOG = LoggerFactory.getLogger(ReceivableController.class);

  private final ReceivableService receivables;
  private final ReceivableCollections collections;
  private final CustomerDirectory customers;
  private final DocumentReadLog readLog;
  private final CurrentUsers currentUsers;

  ReceivableController(
      ReceivableService receivables,
      ReceivableCollections collections,
      CustomerDirectory customers,
      DocumentReadLog readLog,
      CurrentUsers currentUsers) {
    this.receivables = receivables;
    this.collections = collections;
    this.customers = customers;
    this.readLog = readLog;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/invoices/{id}/chases")
  @Operation(
      summary =
          "Every contact logged while collecting the invoice's receivable (催收记录), oldest first:"
              + " who may read the aging report, an assistant or a sales rep for her own customers")
  List<ReceivableChase> chases(@Parameter(description = "发票ID") @PathVariable long id) {
    CurrentUser user = currentUsers.current();
    ReceivableReports.requireAgingReader(user);
    long customerId =
        receivables
            .customerOf(id)
            .filter(customer -> customers.mayRead(user, customer))
            .orElseThrow(() -> new NotFoundException("发票不存在：" + id));
    List<ReceivableChase> chases = collections.chases(id);
    readLog.record(user, customerId, ReadDocument.INVOICE, collections.load(id).invoiceNumber());
    LOG.info("Chases of invoice {} read by {}: {}", id, user.userId(), chases.size());
    return chases;
  }

  @PostMapping("/api/invoices/{id}/payments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Finance registers a payment on an invoice (full or partial): the receivable's open"
              + " amount goes down, and it is paid when nothing is open")
  ReceivableAccount recordPayment(
      @Parameter(description = "发票ID") @PathVariable long id,
      @Valid @RequestBody PaymentRequest request) {
    CurrentUser user = currentUsers.current();
    user.requireAnyRole("只有财务可以登记收款", Role.FINANCE);
    if (receivables.customerOf(id).isEmpty()) {
      throw new NotFoundException("发票不存在：" + id);
    }
    ReceivableAccount account = receivables.recordPayment(id, request, user.userId());
    LOG.info(
        "Payment {} {} on invoice {} registered by {}: {} open",
        account.currency(),
        request.amount(),
        id,
        user.userId(),
        account.outstanding());
    return account;
  }
}

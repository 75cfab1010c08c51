package com.gendan.sample;

import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "samples", description = "样品申请、寄样、测试结果跟进与样品承认")
class SampleController {

  private final SampleApi sampleApi;
  private final CurrentUsers currentUsers;

  SampleController(SampleApi sampleApi, CurrentUsers currentUsers) {
    this.sampleApi = sampleApi;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/samples")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register a sample request and start its tracking")
  SampleView request(@Valid @RequestBody SampleRequestData request) {
    return sampleApi.request(request, currentUsers.current());
  }

  @GetMapping("/api/samples")
  @Operation(
      summary =
          "The sample requests of the caller's customers, newest first, optionally of one customer"
              + " and status, a page at a time")
  ResultPage<SampleSummary> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "样品申请状态") @RequestParam(required = false) SampleStatus status) {
    return sampleApi.list(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/samples/{idOrNumber}")
  @Operation(
      summary = "A sample request, by id or number, with its rounds: shipment, contacts, result")
  SampleView find(
      @Parameter(description = "样品申请ID或样品申请单号，如 " + SampleApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return sampleApi.find(idOrNumber, currentUsers.current());
  }

  @PostMapping("/api/samples/{id}/withdrawal")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Withdraw a running sample request, with a reason")
  void withdraw(@PathVariable long id, @Valid @RequestBody SampleApi.Withdrawal withdrawal) {
    sampleApi.withdraw(id, withdrawal, currentUsers.current());
  }

  @GetMapping("/api/sample-approvals")
  @Operation(summary = "The customer's approved samples (product or spec, conditions)")
  List<SampleApprovalView> approvals(@RequestParam("customer") long customerId) {
    return sampleApi.approvals(customerId, currentUsers.current());
  }
}

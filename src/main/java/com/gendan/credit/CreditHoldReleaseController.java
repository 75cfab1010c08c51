package com.gendan.credit;

import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
@Tag(name = "credit-hold-releases", description = "货款异常特放申请：信用冻结时为一张订单申请放行")
class CreditHoldReleaseController {

  private final CreditHoldReleaseApi api;
  private final CurrentUsers currentUsers;

  CreditHoldReleaseController(CreditHoldReleaseApi api, CurrentUsers currentUsers) {
    this.api = api;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/credit-hold-releases")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "Ask to let one order stopped by the customer's credit through review (finance, then the"
              + " general manager approve)")
  // checked by the service, which names every problem at once (the request's rules and the order's)
  CreditHoldReleaseView request(@RequestBody ReleaseRequest request) {
    return api.request(request, currentUsers.current());
  }

  @GetMapping("/api/credit-hold-releases")
  @Operation(
      summary =
          "The credit-hold release requests of the caller's customers, newest first, optionally of"
              + " one customer and status, a page at a time")
  ResultPage<CreditHoldReleaseView> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "特放申请状态") @RequestParam(required = false) ReleaseStatus status) {
    return api.list(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/credit-hold-releases/{idOrNumber}")
  @Operation(summary = "A credit-hold release request, by id or number, with its approvals")
  CreditHoldReleaseView find(
      @Parameter(description = "特放申请ID或编号，如 " + CreditHoldReleaseApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return api.find(idOrNumber, currentUsers.current());
  }
}

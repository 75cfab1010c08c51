package com.gendan.orderchange;

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
@Tag(name = "change-requests", description = "订单变更/取消申请：各部门评估影响、签核、通知、呆滞料处理")
class ChangeRequestController {

  private final ChangeRequestApi api;
  private final CurrentUsers currentUsers;

  ChangeRequestController(ChangeRequestApi api, CurrentUsers currentUsers) {
    this.api = api;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/orders/{id}/change-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Open a change or cancellation request on an order and start its sign-off")
  ChangeRequestView open(@PathVariable long id, @Valid @RequestBody ChangeRequestData request) {
    return api.open(id, request, currentUsers.current());
  }

  @GetMapping("/api/change-requests")
  @Operation(
      summary =
          "The change and cancellation requests of the caller's customers, newest first,"
              + " optionally of one customer and status, a page at a time")
  ResultPage<ChangeRequestView> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "申请状态") @RequestParam(required = false) ChangeRequestStatus status) {
    return api.list(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/change-requests/{idOrNumber}")
  @Operation(
      summary =
          "A change or cancellation request, by id or number, with every impact, dead-stock item"
              + " and signature")
  ChangeRequestView find(
      @Parameter(description = "申请ID或申请单号，如 " + ChangeRequestApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return api.find(idOrNumber, currentUsers.current());
  }
}

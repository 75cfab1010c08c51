package com.gendan.order.api;

import com.gendan.data.ResultPage;
import com.gendan.order.OrderRequest;
import com.gendan.order.OrderStatus;
import com.gendan.orderchange.CancellationRequest;
import com.gendan.orderchange.OrderChangeRequest;
import com.gendan.production.ExceptionRequest;
import com.gendan.production.OrderException;
import com.gendan.security.CurrentUsers;
import com.gendan.shipment.GoodsReadyRequest;
import com.gendan.shipment.Shipment;
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
@Tag(name = "orders", description = "客户订单登记、订单审查、更正、生产计划、生产异常、出货、变更与取消")
class OrderController {

  private final OrderApi orderApi;
  private final CurrentUsers currentUsers;

  OrderController(OrderApi orderApi, CurrentUsers currentUsers) {
    this.orderApi = orderApi;
    this.currentUsers = currentUsers;
  }

  @PostMapping("/api/orders")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register an order from any channel and start its review")
  OrderView register(@Valid @RequestBody OrderRequest request) {
    return orderApi.register(request, currentUsers.current());
  }

  @PostMapping("/api/orders/{id}/exceptions")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Production raises a problem on the order; top management decides")
  OrderException.ExceptionView raiseException(
      @PathVariable long id, @Valid @RequestBody ExceptionRequest request) {
    return orderApi.raiseException(id, request, currentUsers.current());
  }

  @PostMapping("/api/orders/{id}/goods-ready")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Production reports finished quantities; they become a shipment")
  Shipment.ShipmentView goodsReady(
      @PathVariable long id, @Valid @RequestBody GoodsReadyRequest request) {
    return orderApi.goodsReady(id, request, currentUsers.current());
  }

  @PostMapping("/api/orders/{id}/changes")
  @Operation(summary = "Apply an approved change to the order's lines")
  OrderView change(@PathVariable long id, @Valid @RequestBody OrderChangeRequest request) {
    return orderApi.change(id, request, currentUsers.current());
  }

  @PostMapping("/api/orders/{id}/cancellation")
  @Operation(summary = "Cancel the order, or what has not shipped yet")
  OrderView cancel(@PathVariable long id, @Valid @RequestBody CancellationRequest request) {
    return orderApi.cancel(id, request, currentUsers.current());
  }

  @GetMapping("/api/orders")
  @Operation(
      summary =
          "The orders of the caller's customers, newest first, optionally of one customer and"
              + " status, a page at a time")
  ResultPage<OrderSummary> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "订单状态") @RequestParam(required = false) OrderStatus status) {
    return orderApi.list(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/orders/{idOrNumber}")
  @Operation(
      summary =
          "An order, by id or number, with its lines, review findings, plan, shipments and status"
              + " history")
  OrderView find(
      @Parameter(description = "订单ID或订单号，如 " + OrderApi.EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return orderApi.find(idOrNumber, currentUsers.current());
  }
}

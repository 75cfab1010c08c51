package com.gendan.order.api;

import com.gendan.data.IdOrNumber;
import com.gendan.data.ResultPage;
import com.gendan.security.CurrentUsers;
import com.gendan.shipment.Shipment;
import com.gendan.shipment.ShipmentStatus;
import com.gendan.shipment.Shipments;
import com.gendan.web.ListParameters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shipments of orders: listed, and read one by one, within the caller's customers. */
@RestController
@Tag(name = "shipments", description = "订单的出货批次：备货、运输方式、出库单或调拨单")
class ShipmentController {

  static final String EXAMPLE_NUMBER = OrderApi.EXAMPLE_NUMBER + "-1";

  private final OrderApi orderApi;
  private final CurrentUsers currentUsers;

  ShipmentController(OrderApi orderApi, CurrentUsers currentUsers) {
    this.orderApi = orderApi;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/api/shipments")
  @Operation(
      summary =
          "The shipments of the caller's customers' orders, newest first, optionally of one"
              + " customer and status, a page at a time")
  ResultPage<ShipmentSummary> list(
      @ParameterObject @Valid ListParameters list,
      @Parameter(description = "出货状态") @RequestParam(required = false) ShipmentStatus status) {
    return orderApi.shipments(list.customerCode(), status, list.paging(), currentUsers.current());
  }

  @GetMapping("/api/shipments/{idOrNumber}")
  @Operation(summary = "A shipment, by id or number (its order's number and its batch), with lines")
  Shipment.ShipmentView find(
      @Parameter(description = "出货ID或出货单号（订单号-批次），如 " + EXAMPLE_NUMBER) @PathVariable
          String idOrNumber) {
    return orderApi.shipment(reference(idOrNumber), currentUsers.current());
  }

  static IdOrNumber reference(String idOrNumber) {
    return IdOrNumber.parse(idOrNumber, Shipments.NUMBER, "idOrNumber", EXAMPLE_NUMBER);
  }
}

package com.gendan.order.api;

import com.gendan.customer.AddressKind;
import com.gendan.customer.CustomerAddress;
import com.gendan.customer.CustomerView;
import com.gendan.document.DocumentLinks;
import com.gendan.document.DocumentPages.Document;
import com.gendan.identity.Role;
import com.gendan.order.OrderService;
import com.gendan.order.SalesOrder;
import com.gendan.order.SalesOrderLine;
import com.gendan.product.ProductCatalog;
import com.gendan.product.ProductView;
import com.gendan.security.CurrentUser;
import com.gendan.shipment.Shipment;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The printable documents of an order (SPEC 十四): the sales order (销售订单) with its findings and
 * shipments, its production plan order (生产计划单, no prices: production's document), and each
 * shipment's stock preparation notice (备货通知单) and outbound delivery or stock transfer (出库单/调拨单).
 * Each within the user's customer scope; production also reads the production plan, the warehouse
 * the shipment documents, which are addressed to them.
 */
@Service
@Transactional(readOnly = true)
class OrderDocuments {

  private final OrderApi orderApi;
  private final OrderService orderService;
  private final ProductCatalog products;

  OrderDocuments(OrderApi orderApi, OrderService orderService, ProductCatalog products) {
    this.orderApi = orderApi;
    this.orderService = orderService;
    this.products = products;
  }

  Document salesOrder(String orderNumber, CurrentUser user) {
    SalesOrder order = orderApi.readable(OrderApi.reference(orderNumber), user);
    Map<String, Object> model = orderModel(order);
    model.put("total", order.amount());
    return new Document(
        "sales-order",
        "销售订单",
        order.orderNumber(),
        DocumentLinks.order(order.orderNumber()),
        model);
  }

  Document productionPlan(String orderNumber, CurrentUser user) {
    SalesOrder order = orderApi.readable(OrderApi.reference(orderNumber), user, Role.PRODUCTION);
    return new Document(
        "production-plan",
        "生产计划单",
        order.orderNumber(),
        DocumentLinks.productionPlan(order.orderNumber()),
        orderModel(order));
  }

  Document stockNotice(String shipmentNumber, CurrentUser user) {
    Shipment.ShipmentView shipment = shipment(shipmentNumber, user);
    return shipmentDocument(
        shipment, "stock-notice", "备货通知单", DocumentLinks.stockNotice(shipment.shipmentNumber()));
  }

  /** The outbound delivery (出库单), or the stock transfer (调拨单) of a consignment customer. */
  Document outbound(String shipmentNumber, CurrentUser user) {
    Shipment.ShipmentView shipment = shipment(shipmentNumber, user);
    return shipmentDocument(
        shipment,
        "outbound",
        shipment.documentLabel(),
        DocumentLinks.shipment(shipment.shipmentNumber()));
  }

  private Shipment.ShipmentView shipment(String shipmentNumber, CurrentUser user) {
    return orderApi.shipment(ShipmentController.reference(shipmentNumber), user, Role.WAREHOUSE);
  }

  /** A shipment's document: the shipment with its order, as {@link #orderModel} shows it. */
  private Document shipmentDocument(
      Shipment.ShipmentView shipment, String template, String title, String path) {
    Map<String, Object> model = orderModel(orderService.load(shipment.orderId()));
    model.put("shipment", shipment);
    return new Document(template, title, shipment.shipmentNumber(), path, model);
  }

  /** The order as its documents show it: view, customer, the products of its lines. */
  private Map<String, Object> orderModel(SalesOrder order) {
    CustomerView customer = orderService.customerOf(order);
    Map<String, Object> model = new HashMap<>();
    model.put("order", orderApi.view(order));
    model.put("customer", customer);
    model.put(
        "shippingAddress",
        customer.addresses().stream()
            .filter(a -> a.kind() == AddressKind.SHIPPING)
            .map(CustomerAddress::text)
            .findFirst()
            .orElse(""));
    model.put(
        "contact",
        customer
            .primaryContact()
            .map(c -> c.name() + (c.phone() == null ? "" : " " + c.phone()))
            .orElse(""));
    Map<String, ProductView> byCode = new HashMap<>();
    Map<Integer, SalesOrderLine.LineView> lines = new LinkedHashMap<>();
    for (SalesOrderLine line : order.lines()) {
      products.findById(line.productId()).ifPresent(p -> byCode.put(p.code(), p));
      lines.put(line.lineNo(), line.toView());
    }
    model.put("products", byCode);
    model.put("lines", lines);
    return model;
  }
}

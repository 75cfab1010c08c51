package com.gendan.order;

import com.gendan.process.Numbers;
import com.gendan.product.ProductView;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The lines of the production plan order (生产计划单) as production reads them: what to make, not what
 * the customer pays. One line a row: product, name, spec, quantity with its unit, the requested
 * date, and what is still to make once part has shipped.
 */
final class ProductionPlanLines {

  private ProductionPlanLines() {}

  /** Each line of the order a row; {@code products} finds a line's product by id. */
  static String format(List<SalesOrderLine> lines, LongFunction<ProductView> products) {
    return lines.stream()
        .map(line -> row(line, products.apply(line.productId())))
        .collect(Collectors.joining("\n"));
  }

  /** The earliest requested date of the lines not yet shipped in full, if any. */
  static Optional<LocalDate> earliestOpenDate(List<SalesOrderLine> lines) {
    return lines.stream()
        .filter(line -> line.outstanding().signum() > 0)
        .map(SalesOrderLine::requestedDate)
        .min(LocalDate::compareTo);
  }

  private static String row(SalesOrderLine line, ProductView product) {
    String unit = product.unit();
    StringBuilder row =
        new StringBuilder("第")
            .append(line.lineNo())
            .append("行 ")
            .append(product.code())
            .append(' ')
            .append(product.name())
            .append("，规格：")
            .append(line.spec() != null ? line.spec() : product.spec())
            .append("，数量 ")
            .append(Numbers.plain(line.quantity()))
            .append(unit)
            .append("，交期 ")
            .append(line.requestedDate());
    if (line.shippedQuantity().signum() > 0) {
      row.append("（已出货 ")
          .append(Numbers.plain(line.shippedQuantity()))
          .append(unit)
          .append("，待交 ")
          .append(Numbers.plain(line.outstanding()))
          .append(unit)
          .append('）');
    }
    return row.toString();
  }
}

package com.gendan.product;

import java.math.BigDecimal;

/**
 * A product as Gendan's API and other packages see it.
 *
 * @param listPrice the standard unit price
 * @param floorPrice the lowest unit price a quote may go to without extra approval
 * @param minimumOrderQuantity the minimum order quantity, in {@code unit}
 */
public record ProductView(
    long id,
    String code,
    String name,
    String spec,
    String unit,
    BigDecimal listPrice,
    BigDecimal floorPrice,
    String currency,
    int leadTimeDays,
    BigDecimal minimumOrderQuantity) {}

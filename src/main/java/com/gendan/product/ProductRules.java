package com.gendan.product;

import com.gendan.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The rules of a product request that span fields or depend on configuration. */
@Component
class ProductRules {

  private final CurrencyProperties currencies;

  ProductRules(CurrencyProperties currencies) {
    this.currencies = currencies;
  }

  List<FieldProblem> check(ProductRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.listPrice() != null
        && request.floorPrice() != null
        && request.floorPrice().compareTo(request.listPrice()) > 0) {
      problems.add(new FieldProblem("floorPrice", "最低价不能高于标准价"));
    }
    if (request.currency() != null && !currencies.isAllowed(request.currency())) {
      problems.add(new FieldProblem("currency", currencies.notAllowedMessage()));
    }
    return problems;
  }
}

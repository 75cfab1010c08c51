package com.gendan.product;

import com.gendan.data.Codes;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only access to the products, for the API and for other packages (quotes, orders). */
@Service
@Transactional(readOnly = true)
public class ProductCatalog {

  private final ProductRepository products;

  ProductCatalog(ProductRepository products) {
    this.products = products;
  }

  /** Every product, ordered by code. */
  public List<ProductView> findAll() {
    return products.findAllByOrderByCodeAsc().stream().map(Product::toView).toList();
  }

  public Optional<ProductView> findById(long id) {
    return products.findById(id).map(Product::toView);
  }

  public Optional<ProductView> findByCode(String code) {
    return products.findByCode(Codes.normalized(code)).map(Product::toView);
  }
}

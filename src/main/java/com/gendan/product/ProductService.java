package com.gendan.product;

import com.gendan.identity.Role;
import com.gendan.problem.ConflictException;
import com.gendan.problem.InvalidRequestException;
import com.gendan.problem.NotFoundException;
import com.gendan.security.CurrentUser;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes products; only sales managers and admins may. */
@Service
@Transactional
class ProductService {

  private static final String DUPLICATE_CODE = "产品编号已存在（不区分大小写）";

  private final ProductRepository products;
  private final ProductRules rules;
  private final Clock clock;

  ProductService(ProductRepository products, ProductRules rules, Clock clock) {
    this.products = products;
    this.rules = rules;
    this.clock = clock;
  }

  ProductView create(ProductRequest request, CurrentUser user) {
    requireWriter(user);
    InvalidRequestException.throwIfAny(rules.check(request));
    if (products.existsByCode(request.code())) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
    return saveAndFlush(new Product(request, user.userId(), clock.instant())).toView();
  }

  ProductView update(long id, ProductRequest request, CurrentUser user) {
    requireWriter(user);
    Product product = products.findById(id).orElseThrow(() -> notFound(id));
    InvalidRequestException.throwIfAny(rules.check(request));
    if (products.existsByCodeAndIdNot(request.code(), id)) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
    product.apply(request, user.userId(), clock.instant());
    return saveAndFlush(product).toView();
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("产品不存在：" + id);
  }

  /** Flushes so that a code taken by a concurrent request is a 409, not a failed commit. */
  private Product saveAndFlush(Product product) {
    try {
      return products.saveAndFlush(product);
    } catch (DataIntegrityViolationException e) {
      throw ConflictException.duplicate("code", DUPLICATE_CODE);
    }
  }

  private static void requireWriter(CurrentUser user) {
    user.requireAnyRole("只有业务主管或系统管理员可以维护产品资料", Role.SALES_MANAGER);
  }
}

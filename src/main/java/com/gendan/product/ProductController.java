package com.gendan.product;

import com.gendan.security.CurrentUsers;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Products: everyone logged in reads; sales managers and admins write. */
@RestController
@RequestMapping("/api/products")
class ProductController {

  private final ProductCatalog catalog;
  private final ProductService service;
  private final CurrentUsers currentUsers;

  ProductController(ProductCatalog catalog, ProductService service, CurrentUsers currentUsers) {
    this.catalog = catalog;
    this.service = service;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  List<ProductView> list() {
    return catalog.findAll();
  }

  @GetMapping("/{id}")
  ProductView get(@PathVariable long id) {
    return catalog.findById(id).orElseThrow(() -> ProductService.notFound(id));
  }

  @PostMapping
  ResponseEntity<ProductView> create(@Valid @RequestBody ProductRequest request) {
    ProductView created = service.create(request, currentUsers.current());
    return ResponseEntity.created(URI.create("/api/products/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  ProductView update(@PathVariable long id, @Valid @RequestBody ProductRequest request) {
    return service.update(id, request, currentUsers.current());
  }
}

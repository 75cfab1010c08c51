package com.gendan.customer;

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

/** Customers, within each user's customer scope; see {@link CustomerAccess} for who may write. */
@RestController
@RequestMapping("/api/customers")
class CustomerController {

  private final CustomerService service;
  private final CurrentUsers currentUsers;

  CustomerController(CustomerService service, CurrentUsers currentUsers) {
    this.service = service;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  List<CustomerView> list() {
    return service.list(currentUsers.current());
  }

  @GetMapping("/{id}")
  CustomerView get(@PathVariable long id) {
    return service.get(id, currentUsers.current());
  }

  @GetMapping("/{id}/changes")
  List<CustomerChangeView> changes(@PathVariable long id) {
    return service.changes(id, currentUsers.current());
  }

  @PostMapping
  ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerRequest request) {
    CustomerView created = service.create(request, currentUsers.current());
    return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(created);
  }

  /**
   * A full update: fields left out take their defaults (see {@link CustomerRequest}). A change of
   * the credit limit or payment terms by anyone but finance is not applied but answered 202 with
   * the request finance approves; the other fields are changed at once.
   */
  @PutMapping("/{id}")
  ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody CustomerRequest request) {
    CustomerService.Update update = service.update(id, request, currentUsers.current());
    return update.creditTermsRequest() == null
        ? ResponseEntity.ok(update.customer())
        : ResponseEntity.accepted().body(update.creditTermsRequest());
  }
}

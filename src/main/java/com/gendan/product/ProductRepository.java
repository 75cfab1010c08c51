package com.gendan.product;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

  List<Product> findAllByOrderByCodeAsc();

  Optional<Product> findByCode(String code);

  boolean existsByCode(String code);

  boolean existsByCodeAndIdNot(String code, Long id);
}

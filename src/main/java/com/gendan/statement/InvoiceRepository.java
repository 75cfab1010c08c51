package com.gendan.statement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

  boolean existsByInvoiceNumberIgnoreCase(String invoiceNumber);

  Optional<Invoice> findByStatementId(long statementId);
}

-- Indexes for the rows loaded with their parent (PostgreSQL does not index foreign keys by
-- itself) and for the status lookups of the due-date watch and the shortage allocation.
CREATE INDEX ix_customer_contact_customer ON customer_contact (customer_id);
CREATE INDEX ix_customer_address_customer ON customer_address (customer_id);
CREATE INDEX ix_quote_signature_revision ON quote_signature (revision_id);
CREATE INDEX ix_price_agreement_quote ON price_agreement (quote_id);
CREATE INDEX ix_sample_contact_round ON sample_contact (round_id);
CREATE INDEX ix_sample_approval_request ON sample_approval (request_id);
CREATE INDEX ix_sales_order_status ON sales_order (status);
CREATE INDEX ix_sales_order_line_order ON sales_order_line (order_id);
CREATE INDEX ix_sales_order_line_product ON sales_order_line (product_id);
CREATE INDEX ix_order_finding_order ON order_finding (order_id);
CREATE INDEX ix_order_status_change_order ON order_status_change (order_id);
CREATE INDEX ix_shipment_status ON shipment (status);
CREATE INDEX ix_shipment_line_shipment ON shipment_line (shipment_id);

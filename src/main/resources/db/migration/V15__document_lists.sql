-- The document lists (GET /api/orders, /api/quotes, /api/samples, /api/shipments): newest first,
-- optionally of one customer, one status or both, a page at a time. Each filter has an index that
-- holds its rows already in the list's order (by id, the order they were created in), so a page
-- reads about as many rows as it shows, however long the history grows. (A quote's status is its
-- current revision's: of one customer and one status, its customer's quotes are read newest first
-- until the page is full.) The indexes on the status alone
-- give way to these, which serve the same lookups by their first column (the due-date watch's and
-- the shortage allocation's). Those on the customer alone stay: H2 has made them its foreign keys'
-- indexes and refuses to drop them.
-- A shipment keeps its order's customer (which never changes), so that a customer's shipments are
-- listed without reading all of the customer's orders first.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

CREATE INDEX ix_sales_order_customer_id ON sales_order (customer_id, id);
DROP INDEX ix_sales_order_status;
CREATE INDEX ix_sales_order_status_id ON sales_order (status, id);
CREATE INDEX ix_sales_order_customer_status_id ON sales_order (customer_id, status, id);

CREATE INDEX ix_quote_customer_id ON quote (customer_id, id);
-- A quote's status is its current revision's (an older revision is SUPERSEDED).
CREATE INDEX ix_quote_revision_status_quote ON quote_revision (status, quote_id);

CREATE INDEX ix_sample_request_customer_id ON sample_request (customer_id, id);
CREATE INDEX ix_sample_request_status_id ON sample_request (status, id);
CREATE INDEX ix_sample_request_customer_status_id ON sample_request (customer_id, status, id);

ALTER TABLE shipment ADD COLUMN customer_id BIGINT;
UPDATE shipment SET customer_id =
    (SELECT o.customer_id FROM sales_order o WHERE o.id = shipment.order_id);
ALTER TABLE shipment ALTER COLUMN customer_id SET NOT NULL;
CREATE INDEX ix_shipment_customer_id ON shipment (customer_id, id);
ALTER TABLE shipment ADD CONSTRAINT fk_shipment_customer
    FOREIGN KEY (customer_id) REFERENCES customer (id);
DROP INDEX ix_shipment_status;
CREATE INDEX ix_shipment_status_id ON shipment (status, id);
CREATE INDEX ix_shipment_customer_status_id ON shipment (customer_id, status, id);

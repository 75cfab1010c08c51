-- How many times an order has been reviewed: a review that finds nothing leaves no finding, so
-- the latest review cannot be told from the findings. Orders reviewed before this count their
-- reviews that found something.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.
ALTER TABLE sales_order ADD COLUMN reviews INTEGER DEFAULT 0 NOT NULL;

UPDATE sales_order SET reviews = COALESCE(
    (SELECT MAX(f.review_no) FROM order_finding f WHERE f.order_id = sales_order.id), 0);

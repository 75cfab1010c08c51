-- Customer and product codes are unique regardless of letter case: c001 is C001. Gendan keeps
-- them in upper case (com.gendan.data.Codes normalises every code typed in) and the database
-- holds to it with a check beside the unique constraint; UPPER() and CHECK run alike on H2 and
-- PostgreSQL. Codes already stored are brought to upper case, with the copies of product codes
-- on quotes, price agreements, orders and shipments. Two codes that differ only in letter case
-- stop this migration on the unique constraint: merge them first.
UPDATE customer SET code = UPPER(code) WHERE code <> UPPER(code);
UPDATE product SET code = UPPER(code) WHERE code <> UPPER(code);
UPDATE quote_line SET product_code = UPPER(product_code) WHERE product_code <> UPPER(product_code);
UPDATE price_agreement SET product_code = UPPER(product_code)
    WHERE product_code <> UPPER(product_code);
UPDATE sales_order_line SET product_code = UPPER(product_code)
    WHERE product_code <> UPPER(product_code);
UPDATE shipment_line SET product_code = UPPER(product_code)
    WHERE product_code <> UPPER(product_code);

ALTER TABLE customer ADD CONSTRAINT ck_customer_code_upper CHECK (code = UPPER(code));
ALTER TABLE product ADD CONSTRAINT ck_product_code_upper CHECK (code = UPPER(code));

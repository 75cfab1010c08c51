-- A complaint settled by rework: the warehouse re-ships the reworked goods as a shipment of the
-- original order (no new order, no change to what the order counts as shipped), and the complaint
-- keeps which shipment that was.
ALTER TABLE complaint ADD COLUMN reshipment_id BIGINT;
ALTER TABLE complaint
    ADD CONSTRAINT fk_complaint_reshipment FOREIGN KEY (reshipment_id) REFERENCES shipment (id);

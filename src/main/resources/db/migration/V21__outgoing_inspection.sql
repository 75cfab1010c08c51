-- Outgoing inspection (regulation 八: goods ship after they are passed): quality passes or holds
-- each batch before its stock preparation notice. Batches reported before this migration were
-- never inspected and keep no result.
-- Portable SQL: runs on H2 2.x and PostgreSQL 15.

ALTER TABLE shipment ADD COLUMN inspection_result VARCHAR(10);
ALTER TABLE shipment ADD COLUMN inspection_note VARCHAR(1000);
ALTER TABLE shipment ADD COLUMN inspected_by VARCHAR(64);
ALTER TABLE shipment ADD COLUMN inspected_at TIMESTAMP WITH TIME ZONE;

-- An exception Gendan raises by itself (the due-date watch) names the event it is about, and the
-- key is unique: when the watch runs on two nodes at once, the second insert of the same key waits
-- for the first transaction and fails once it commits, so each order's missed due date is raised
-- and escalated once cluster-wide. Exceptions production raises have no key (NULLs are distinct
-- in a unique constraint on H2 and PostgreSQL alike). The watch's earlier exceptions get their key,
-- the first one of an order if a race once raised two.
ALTER TABLE order_exception ADD COLUMN event_key VARCHAR(200);

UPDATE order_exception SET event_key = CONCAT('dueDateWatch:order:', order_id)
    WHERE kind = 'LATE' AND raised_by = 'system'
      AND id = (SELECT MIN(earlier.id) FROM order_exception earlier
                WHERE earlier.order_id = order_exception.order_id
                  AND earlier.kind = 'LATE' AND earlier.raised_by = 'system');

ALTER TABLE order_exception ADD CONSTRAINT uk_order_exception_event_key UNIQUE (event_key);

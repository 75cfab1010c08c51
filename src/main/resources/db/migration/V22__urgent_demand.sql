-- Urgent demand (SPEC D6/D7, regulation 七 紧急需求): a change that pulls a date earlier than
-- production can make it is decided by top management, and the orders that give way for it are
-- told to their customers by their own assistants. Portable SQL: runs on H2 2.x and PostgreSQL 15.

-- Top management's decision on the request: GRANTED or REFUSED, null when it was not urgent.
ALTER TABLE order_change_request ADD COLUMN urgent_decision VARCHAR(10);
ALTER TABLE order_change_request ADD COLUMN urgent_decision_note VARCHAR(2000);
ALTER TABLE order_change_request ADD COLUMN urgent_decided_by VARCHAR(64);
ALTER TABLE order_change_request ADD COLUMN urgent_decided_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE order_change_request ADD CONSTRAINT ck_order_change_request_urgent_decision
    CHECK (urgent_decision IS NULL OR urgent_decision IN ('GRANTED', 'REFUSED'));

-- An order that gives way to the urgent request, and its new date. Once the request is approved,
-- the order gets an already-decided production exception (kind YIELD) that its assistant passes on
-- to the customer, recording the answer there; not_told_reason when the order had ended by then.
CREATE TABLE order_change_yield (
    request_id       BIGINT       NOT NULL,
    order_id         BIGINT       NOT NULL,
    order_number     VARCHAR(20)  NOT NULL,
    new_date         DATE         NOT NULL,
    exception_id     BIGINT,
    not_told_reason  VARCHAR(500),
    CONSTRAINT pk_order_change_yield PRIMARY KEY (request_id, order_id),
    CONSTRAINT fk_order_change_yield_request FOREIGN KEY (request_id) REFERENCES order_change_request (id),
    CONSTRAINT fk_order_change_yield_order FOREIGN KEY (order_id) REFERENCES sales_order (id),
    CONSTRAINT fk_order_change_yield_exception FOREIGN KEY (exception_id) REFERENCES order_exception (id)
);

CREATE INDEX ix_order_change_yield_order ON order_change_yield (order_id);

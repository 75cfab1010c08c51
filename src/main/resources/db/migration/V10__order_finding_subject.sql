-- What a review finding judged: the line's product and the values checked (price, spec,
-- quantity, date) or the missing standing requirement. An accepted or confirmed finding settles a
-- later one only on the same subject, so a line the customer revised is reviewed afresh even if it
-- kept its number. Findings recorded before have none and settle nothing later.
ALTER TABLE order_finding ADD COLUMN subject VARCHAR(2100);

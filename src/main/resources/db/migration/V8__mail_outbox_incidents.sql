-- A mail knows the process instance that sent it, so a mail server that keeps refusing it raises
-- a Camunda incident on that instance (visible in Cockpit), resolved once the mail goes out.
ALTER TABLE mail_outbox ADD COLUMN process_instance_id VARCHAR(64);
ALTER TABLE mail_outbox ADD COLUMN incident_id VARCHAR(64);

-- An audit event's detail is kept as a message code and its facts, worded when the log is read, so
-- the log speaks the service's words. Events written before this keep their detail as it was written.
ALTER TABLE audit_event ADD COLUMN detail_code VARCHAR(120);
ALTER TABLE audit_event ADD COLUMN detail_facts VARCHAR(2000);

-- Email delivery: a sender drains the outbox. Each email moves QUEUED -> SENDING -> SENT, or back to
-- QUEUED with a later attempt time after a failure, or to FAILED once its attempts are used up. A node
-- claims an email by a conditional update (QUEUED -> SENDING), so two nodes never send the same one.
ALTER TABLE outbound_email ADD COLUMN attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE outbound_email ADD COLUMN next_attempt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_email ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_email ADD COLUMN sent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outbound_email ADD COLUMN last_error VARCHAR(1000);
-- A private link (confirmation, invitation, password reset) is in the body: the outbox page does not show it.
ALTER TABLE outbound_email ADD COLUMN private_link BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE outbound_email SET next_attempt_at = queued_at;
UPDATE outbound_email SET private_link = TRUE WHERE kind LIKE 'access.%';
CREATE INDEX outbound_email_due_idx ON outbound_email (status, next_attempt_at, id);
CREATE INDEX outbound_email_recipient_idx ON outbound_email (recipient, queued_at DESC, id DESC);

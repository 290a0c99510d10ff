-- A record of a visit can be corrected or deleted by the work group's leads and the hub lead (ADR 0022's
-- version: a form opened before someone else saved is refused rather than undoing their change unseen).
ALTER TABLE support_visit ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A hub corrects a person's details (ADR 0042). Two people correcting the same person at once must not undo each
-- other's change unseen: a form opened before someone else saved is refused, by the row's version.
ALTER TABLE person ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

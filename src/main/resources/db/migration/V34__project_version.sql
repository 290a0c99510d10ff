-- A project's version (ADR 0022): the national centre's admins edit a project through one form, and a save
-- from a page opened before another admin's change is refused instead of undoing it unseen.
ALTER TABLE project ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A version on the records that several people edit through a form (ADR 0022): a work group (the hub's
-- leads) and a session (its work group's leads and the hub's). Hibernate raises it with each change; a form
-- sent from a page opened on an older version is refused instead of undoing the newer change unseen.
ALTER TABLE work_group ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE delivery_session ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- The national centre adds hubs and changes their names, contact addresses, lead schools and areas
-- (ADR 0032). A change sent from a page opened on an earlier version of the hub is refused.
ALTER TABLE hub ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A proposal's version (ADR 0022): the national admin decides on the proposal as they read it, and the hub
-- lead revises it as they opened it. A decision or a revision sent from a page opened before the other's
-- change is refused instead of approving words nobody at the centre read, or undoing a revision unseen.
ALTER TABLE innovation_proposal ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A school may name someone else in a participant's place while its application is open or its place held.
-- The participant it replaces is kept, with when, so their attendance and reports so far still say who they
-- were; only participants with no replaced_at hold a seat. The version refuses two replacements at once.
ALTER TABLE participant ADD COLUMN replaced_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE participant ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

-- A hub erases the contact details of someone its records still name, on request, once none of their work with the
-- hub is under way (ADR 0048): their email address, TRN, school and job title go; their name stays on the records of
-- the work they did, so the figures those records make stay traceable.
ALTER TABLE person ALTER COLUMN email DROP NOT NULL;
ALTER TABLE person ADD details_erased_on DATE;

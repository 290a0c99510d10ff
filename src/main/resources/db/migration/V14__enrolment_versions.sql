-- Every move of an application checks that nobody moved it meanwhile (optimistic locking), so two
-- people withdrawing, accepting or declining the same application at once cannot both succeed.
ALTER TABLE enrolment ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

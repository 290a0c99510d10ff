-- A hub's own questions for a project: a plan of its own (hub_id set; the national plan has none),
-- versioned and frozen like the national one, asked after the national questions in the surveys of the
-- hub's work groups. A survey records the version of each it asks.
ALTER TABLE evaluation_plan ADD COLUMN hub_id BIGINT;
ALTER TABLE evaluation_plan ADD CONSTRAINT evaluation_plan_hub_fk FOREIGN KEY (hub_id) REFERENCES hub (id);
ALTER TABLE evaluation_plan DROP CONSTRAINT evaluation_plan_version_uq;
ALTER TABLE evaluation_plan ADD CONSTRAINT evaluation_plan_version_uq UNIQUE NULLS NOT DISTINCT (project_id, hub_id, version);

ALTER TABLE evaluation_survey ADD COLUMN local_plan_id BIGINT;
ALTER TABLE evaluation_survey ADD CONSTRAINT evaluation_survey_local_plan_fk FOREIGN KEY (local_plan_id) REFERENCES evaluation_plan (id);
CREATE INDEX evaluation_survey_local_plan_idx ON evaluation_survey (local_plan_id);

-- Whether the national plan also invites each school's contact (the maths lead or headteacher who
-- applied for its place) to its baseline and final surveys, beside the participants.
ALTER TABLE evaluation_plan ADD COLUMN contacts_at_baseline BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE evaluation_plan ADD COLUMN contacts_at_final BOOLEAN DEFAULT FALSE NOT NULL;

-- The pathway figures read every completion in a Teaching for Mastery family, every year, in every hub:
-- from this index alone.
CREATE INDEX enrolment_status_family_idx ON enrolment (status, project_family, academic_year, school_urn);

-- Engagement figures read every school that completed a work group in a year, in every hub.
CREATE INDEX enrolment_year_status_idx ON enrolment (academic_year, status, school_urn);

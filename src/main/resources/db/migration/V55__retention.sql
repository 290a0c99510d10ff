-- Personal data is kept only as long as the work needs it (ADR 0038). Once a work group's year ended more than
-- the retention period ago, its participants keep their places in the records (attendance, completion, the
-- engagement figures) but not their names, email addresses, job titles or TRNs: erased_on says when those went.
ALTER TABLE participant ADD COLUMN erased_on DATE;

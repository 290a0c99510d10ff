-- On PostgreSQL the postcode index becomes one that serves prefix searches (db/vendor/postgresql).
-- H2's b-tree already serves LIKE 'QA1%', so nothing changes here.
SELECT 1;

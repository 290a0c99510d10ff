-- PostgreSQL adds trigram indexes for name searches here (db/vendor/postgresql); H2 has no such
-- index type and, as the embedded development database, does without.
SELECT 1;

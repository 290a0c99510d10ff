-- As on PostgreSQL (db/vendor/postgresql), the postcode index carries each school's sort name and URN, so a
-- postcode search is counted and ordered from the index alone.
DROP INDEX school_postcode_idx;
CREATE INDEX school_postcode_idx ON school (search_postcode, search_name, urn);

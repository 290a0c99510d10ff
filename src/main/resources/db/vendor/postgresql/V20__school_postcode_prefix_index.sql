-- A postcode search is a prefix search (LIKE 'QA1%'). Under the database's collation a plain b-tree
-- cannot serve it, so every count scanned all schools; text_pattern_ops compares byte by byte and can.
DROP INDEX school_postcode_idx;
CREATE INDEX school_postcode_prefix_idx ON school (search_postcode text_pattern_ops);

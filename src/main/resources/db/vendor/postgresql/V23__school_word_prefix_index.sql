-- Word searches are prefix searches (LIKE 'ash%'): text_pattern_ops lets the b-tree serve them under the
-- database's collation, and holding the URN makes the lookup an index-only scan. The trigram index on
-- search_text served the LIKE '%…%' searches that the words replace.
CREATE INDEX school_word_prefix_idx ON school_word (word text_pattern_ops, urn);
DROP INDEX school_search_text_trgm_idx;
-- A search reads the URN and sort name of up to 1,001 matches to count and order them; holding the name
-- beside the URN answers that from the index, without visiting each school's row.
CREATE UNIQUE INDEX school_urn_name_idx ON school (urn) INCLUDE (search_name);

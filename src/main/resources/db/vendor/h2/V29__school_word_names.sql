-- A word search finds its schools and orders them by name from the words alone: each word carries its
-- school's sort name (the import writes them together), so a search reads one index range instead of
-- probing every match's school row (2,391 probes for 'ash' on the national directory).
ALTER TABLE school_word ADD COLUMN search_name VARCHAR(200);
UPDATE school_word SET search_name = (SELECT s.search_name FROM school s WHERE s.urn = school_word.urn);
ALTER TABLE school_word ALTER COLUMN search_name SET NOT NULL;
DROP INDEX school_word_prefix_idx;
CREATE INDEX school_word_prefix_idx ON school_word (word, urn, search_name);

-- H2's b-tree serves LIKE 'ash%' as a range; holding the URN answers the lookup from the index alone.
CREATE INDEX school_word_prefix_idx ON school_word (word, urn);

-- The words a school is found by (name and town, see SchoolWords): a name search looks each word up by
-- prefix in an index instead of scanning every school with LIKE '%…%', which H2 cannot index. The GIAS
-- import keeps the words; migration 22 writes them for the schools already here.
CREATE TABLE school_word (
    urn  INT         NOT NULL,
    word VARCHAR(60) NOT NULL,
    CONSTRAINT school_word_pk PRIMARY KEY (urn, word),
    CONSTRAINT school_word_school_fk FOREIGN KEY (urn) REFERENCES school (urn)
);

-- Name and town searches are "contains" searches (like '%…%'), which a b-tree cannot serve: on PostgreSQL a
-- trigram index does. pg_trgm is a trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX school_search_text_trgm_idx ON school USING gin (search_text gin_trgm_ops);
CREATE INDEX trust_search_name_trgm_idx ON trust USING gin (search_name gin_trgm_ops);

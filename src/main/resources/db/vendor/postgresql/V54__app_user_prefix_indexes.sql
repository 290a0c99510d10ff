-- The national admin finds an account by the start of its email address or name (ADR 0037): prefix searches
-- (LIKE 'sam%'), which a plain b-tree under the database's collation cannot serve; text_pattern_ops can.
CREATE INDEX app_user_email_prefix_idx ON app_user (email text_pattern_ops);
CREATE INDEX app_user_name_prefix_idx ON app_user (lower(display_name) text_pattern_ops);

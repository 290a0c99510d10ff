-- A hub's sessions between two days (its charges in a year, its sessions in a month) are found by hub first:
-- the index by date alone read every hub's sessions of the year (issue 14, ADR 0034).
CREATE INDEX delivery_session_hub_date_idx ON delivery_session (hub_id, session_date);

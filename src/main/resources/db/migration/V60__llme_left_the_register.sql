-- An LLME who leaves a hub (moves away, retires, stops) is marked as having left its register (ADR 0047): the entry
-- and its years stay as the hub's record, their roles end, and they no longer sign in as the hub's LLME.
ALTER TABLE llme ADD left_on DATE;
ALTER TABLE llme ADD left_by VARCHAR(254);

-- A school whose invoice is past its due date and not recorded as paid is reminded once (ADR 0034).
ALTER TABLE school_invoice ADD COLUMN reminded_on DATE;

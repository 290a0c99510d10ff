-- The national centre withdraws a project it no longer wants hubs to take up (one added by mistake, or
-- stopped during the year): hubs cannot plan new work groups for it; those already planned keep it.
ALTER TABLE project ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE project ADD COLUMN withdrawn_reason VARCHAR(500);

-- The national centre suspends an account (ADR 0037): it cannot sign in, its sessions end and its API tokens are
-- refused, until it is restored. Who suspended it, when and why are kept on the account while it lasts, and in
-- the audit log for good.
ALTER TABLE app_user ADD COLUMN suspended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN suspended_by VARCHAR(254);
ALTER TABLE app_user ADD COLUMN suspended_reason VARCHAR(500);

-- When each account last signed in, and when it was told it would be closed for not being used (ADR 0041). An
-- account nobody has signed in to for the retention period is closed a month after that email, unless its
-- person signs in meanwhile.
ALTER TABLE app_user ADD COLUMN last_signed_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN dormancy_warned_at TIMESTAMP WITH TIME ZONE;

-- Failed sign-ins are counted per email address and per client address (key 'address:<ip>'), each
-- within a window, so one machine cannot try address after address, and old failures are forgotten.
ALTER TABLE login_attempt RENAME COLUMN email TO throttle_key;
ALTER TABLE login_attempt ADD COLUMN window_started TIMESTAMP WITH TIME ZONE;

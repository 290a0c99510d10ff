-- A work group is full when its places are taken, which the catalogue now works out from the places
-- themselves; a hub no longer marks a group full by hand. A group marked so becomes closed to applications.
UPDATE work_group SET status = 'CLOSED' WHERE status = 'FULL';

-- Whether a project charges a no-show once per school that did not come, or per participant who did
-- not come: the public page says which, and the charges follow it.
ALTER TABLE project ADD COLUMN no_show_basis VARCHAR(20) DEFAULT 'PER_SCHOOL' NOT NULL;

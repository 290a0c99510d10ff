-- A hub may remove one of its people when nothing in Hubcycle names them (ADR 0045). Every record that keeps a
-- person's id now refers to the person, as the improvement project's leaders already did, so a removal that races
-- a new reference (a lead commissioned, a visit recorded in the same instant) fails instead of leaving an id that
-- names nobody. The visitors' columns get the indexes the check and the person's page read them by.
ALTER TABLE llme ADD CONSTRAINT llme_person_fk FOREIGN KEY (person_id) REFERENCES person (id);
ALTER TABLE work_group ADD CONSTRAINT work_group_lead_person_fk FOREIGN KEY (lead_person_id) REFERENCES person (id);
ALTER TABLE work_group ADD CONSTRAINT work_group_co_lead_person_fk FOREIGN KEY (co_lead_person_id) REFERENCES person (id);
ALTER TABLE lead_agreement ADD CONSTRAINT lead_agreement_person_fk FOREIGN KEY (person_id) REFERENCES person (id);
ALTER TABLE support_visit ADD CONSTRAINT support_visit_visitor_fk FOREIGN KEY (visitor_person_id) REFERENCES person (id);
CREATE INDEX support_visit_visitor_idx ON support_visit (visitor_person_id, visit_date);
ALTER TABLE improvement_visit ADD CONSTRAINT improvement_visit_visitor_fk FOREIGN KEY (visitor_person_id) REFERENCES person (id);
CREATE INDEX improvement_visit_visitor_idx ON improvement_visit (visitor_person_id, visit_date);

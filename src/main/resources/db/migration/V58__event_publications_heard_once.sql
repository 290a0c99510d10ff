-- Events between modules (ADR 0043). Audited changes are no longer stored in the event publication registry: the
-- modules that keep counts in memory hear them after commit without it. Events heard after commit on another thread
-- are deleted once heard, as they may name people (an invited LLME, a participant's address): those already heard
-- go now. Only events still waiting for their listener stay, to be handed to it again.
DELETE FROM event_publication WHERE completion_date IS NOT NULL OR event_type = 'org.hubcycle.shared.Audited';

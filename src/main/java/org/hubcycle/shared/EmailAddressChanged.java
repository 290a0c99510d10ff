package org.hubcycle.shared;

/**
 * A person's account now uses another email address. Modules that know people by email (the
 * directory's people, enrolment's participants and applicants) follow the change.
 */
public record EmailAddressChanged(String from, String to) {}

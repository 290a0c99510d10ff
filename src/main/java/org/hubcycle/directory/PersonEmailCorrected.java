package org.hubcycle.directory;

/**
 * A hub corrected the email address it holds for one of its people, one nobody signs in with (a typing mistake,
 * say). Published inside the correcting transaction; the access module moves the invitations the hub sent to the
 * old address over to the new one.
 */
public record PersonEmailCorrected(long hubId, String fullName, String from, String to, String correctedBy) {}

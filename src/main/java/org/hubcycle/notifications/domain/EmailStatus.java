package org.hubcycle.notifications.domain;

/** Where an email is on its way out: waiting, being sent by one node, sent, or given up on. */
public enum EmailStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED
}

package org.hubcycle.delivery.domain;

/** A late cancellation or no-show, with the session it was marked on. */
public record ChargeableMark(AttendanceMark mark, Session session) {}

package org.hubcycle.leadership.domain;

import org.hubcycle.leadership.internal.LeadershipTerms.Attendance;

/** How many of a meeting's invitations have one attendance. */
public record AttendanceCount(long meetingId, Attendance attendance, long count) {}

package org.hubcycle.impact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A theme the hub found across its settings (a finding, or one about its process) and what it may imply. */
@Embeddable
public record Theme(
        @Column(length = 2000, nullable = false) String finding,
        @Column(length = 2000) String implications) {}

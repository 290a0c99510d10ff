package org.hubcycle.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link emailed for an invitation, kept as the SHA-256 hash of its secret. */
@Entity
@Table(name = "evaluation_link")
public class SurveyLink {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "invitation_id", nullable = false)
    private Long invitationId;

    protected SurveyLink() {}

    public SurveyLink(String tokenHash, long invitationId) {
        this.tokenHash = tokenHash;
        this.invitationId = invitationId;
    }

    public Long getInvitationId() {
        return invitationId;
    }
}

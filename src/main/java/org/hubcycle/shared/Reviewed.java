package org.hubcycle.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A written report that someone else reviews (a lead's termly progress report or final evaluation,
 * which the hub lead reviews; a hub's impact review, which the national centre reviews): draft →
 * submitted → accepted, or returned with a comment and submitted again. Its figures are kept
 * as they stood when it was submitted; once accepted nothing changes. Two people acting on the same
 * version at once: the second is refused ({@link Version}).
 */
@MappedSuperclass
public abstract class Reviewed extends HubOwned {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status = ReportStatus.DRAFT;

    @Column(length = 16000)
    private String figures;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private int version;

    protected Reviewed() {}

    protected Reviewed(long hubId, Instant at, String by) {
        super(hubId);
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Its writer changes it: refused once it has reached its reviewer. */
    protected void edited(Instant at, String by) {
        if (!status.editable()) {
            throw new Refused(null, "report.notEditable", status.label());
        }
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** Its writer submits it with the figures as they stand now; the subclass has checked its words are complete. */
    protected void submitted(String figures, Instant at, String by) {
        edited(at, by);
        this.figures = figures;
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public void accept(Instant at, String by) {
        requireSubmitted();
        this.status = ReportStatus.ACCEPTED;
        this.returnComment = null;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** The reviewer returns it to its writer with what to change (up to 2,000 characters). */
    public void returnWith(String comment, Instant at, String by) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw new Refused("comment", "report.comment.blank");
        }
        if (comment.length() > 2000) {
            throw new Refused("comment", "report.comment.size");
        }
        this.status = ReportStatus.RETURNED;
        this.returnComment = comment.strip();
        this.updatedAt = at;
        this.updatedBy = by;
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new Refused(null, "report.notSubmitted", status.label());
        }
    }

    /** Whether its figures are kept (submitted or accepted) rather than read from the records. */
    public boolean frozen() {
        return figures != null && !status.editable();
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getFigures() {
        return figures;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public int getVersion() {
        return version;
    }
}

package org.hubcycle.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.Retention;

/**
 * A teacher a school nominated for its place: only what the work group needs to know of them, and only for as
 * long as it needs it (ADR 0038).
 */
@Entity
@Table(name = "participant")
@Filter(name = HubScope.FILTER)
public class Participant extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(nullable = false)
    private int position;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "job_title", nullable = false, length = 120)
    private String jobTitle;

    @Column(name = "role_in_group", nullable = false, length = 60)
    private String roleInGroup;

    @Column(length = 7)
    private String trn;

    /** When the school named someone else in this participant's place; null while they hold it. */
    @Column(name = "replaced_at")
    private Instant replacedAt;

    /** When the name, email address, job title and TRN were erased, the retention period over; null until then. */
    @Column(name = "erased_on")
    private LocalDate erasedOn;

    @Version
    private long version;

    protected Participant() {}

    public Participant(
            long hubId,
            long enrolmentId,
            int position,
            String fullName,
            String email,
            String jobTitle,
            String roleInGroup,
            String trn) {
        super(hubId);
        this.enrolmentId = enrolmentId;
        this.position = position;
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.roleInGroup = roleInGroup;
        this.trn = trn;
    }

    public Long getId() {
        return id;
    }

    public Long getEnrolmentId() {
        return enrolmentId;
    }

    public int getPosition() {
        return position;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getRoleInGroup() {
        return roleInGroup;
    }

    public String getTrn() {
        return trn;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
    }

    /** Corrects how the school named this participant (the same person: their email stays). */
    public void correct(String fullName, String jobTitle, String trn) {
        this.fullName = fullName;
        this.jobTitle = jobTitle;
        this.trn = trn;
    }

    /** The person asked for their details to go before the retention period is over (ADR 0040). */
    public void erase(LocalDate on) {
        this.fullName = Retention.ERASED_NAME;
        this.email = "";
        this.jobTitle = "";
        this.trn = null;
        this.erasedOn = on;
    }

    /** Someone else takes this participant's place from now. */
    public void replace(Instant at) {
        this.replacedAt = at;
    }
}

package org.hubcycle.enrolment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/** A teacher a school nominated for its place: only what the work group needs to know of them. */
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
}

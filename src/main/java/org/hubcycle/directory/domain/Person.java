package org.hubcycle.directory.domain;

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

/** A teacher or leader, recorded by a hub: only what the work needs. */
@Entity
@Table(name = "person")
@Filter(name = HubScope.FILTER)
public class Person extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    /** Null once the hub erased the person's contact details. */
    @Column(length = 254)
    private String email;

    @Column(length = 7)
    private String trn;

    @Column(name = "school_urn")
    private Integer schoolUrn;

    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "details_erased_on")
    private LocalDate detailsErasedOn;

    @Version
    private long version;

    protected Person() {}

    public Person(
            Long hubId,
            String fullName,
            String email,
            String trn,
            Integer schoolUrn,
            String jobTitle,
            Instant createdAt) {
        super(hubId);
        this.fullName = fullName;
        this.email = email;
        this.trn = trn;
        this.schoolUrn = schoolUrn;
        this.jobTitle = jobTitle;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    /** The person's account now uses another address (see {@code shared.EmailAddressChanged}). */
    public void changeEmail(String newEmail) {
        this.email = newEmail;
    }

    /** The hub corrects what it recorded: a misspelt name, a mistyped address, a new school or job title. */
    public void correct(String fullName, String email, String trn, Integer schoolUrn, String jobTitle) {
        if (email != null) {
            this.detailsErasedOn = null;
        }
        this.fullName = fullName;
        this.email = email;
        this.trn = trn;
        this.schoolUrn = schoolUrn;
        this.jobTitle = jobTitle;
    }

    /**
     * The hub erased what it recorded to reach the person (ADR 0048): their name stays, on the records of the work they
     * did; their email address, TRN, school and job title go.
     */
    public void eraseDetails(LocalDate on) {
        this.email = null;
        this.trn = null;
        this.schoolUrn = null;
        this.jobTitle = null;
        this.detailsErasedOn = on;
    }

    public LocalDate getDetailsErasedOn() {
        return detailsErasedOn;
    }

    public long getVersion() {
        return version;
    }

    public String getTrn() {
        return trn;
    }

    public Integer getSchoolUrn() {
        return schoolUrn;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

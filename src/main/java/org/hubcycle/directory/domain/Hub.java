package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One of the Maths Hubs: a lead school, a contact address and an area of local authorities ({@link HubArea}). */
@Entity
@Table(name = "hub")
public class Hub {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "lead_school_urn")
    private Integer leadSchoolUrn;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Version
    private long version;

    protected Hub() {}

    public Hub(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public Integer getLeadSchoolUrn() {
        return leadSchoolUrn;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void describe(Integer leadSchoolUrn, String contactEmail) {
        this.leadSchoolUrn = leadSchoolUrn;
        this.contactEmail = contactEmail;
    }
}

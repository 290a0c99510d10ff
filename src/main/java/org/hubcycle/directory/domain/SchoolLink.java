package org.hubcycle.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A GIAS link between two establishments: predecessor, successor, merger… */
@Entity
@Immutable
@Table(name = "school_link")
public class SchoolLink {

    @Embeddable
    public record Key(
            @Column(name = "urn") Integer urn,
            @Column(name = "link_urn") Integer linkUrn,
            @Column(name = "link_type") String linkType)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "link_name")
    private String linkName;

    @Column(name = "established_date")
    private LocalDate establishedDate;

    protected SchoolLink() {}

    public Integer getUrn() {
        return key.urn();
    }

    public Integer getLinkUrn() {
        return key.linkUrn();
    }

    public String getLinkType() {
        return key.linkType();
    }

    public String getLinkName() {
        return linkName;
    }

    public LocalDate getEstablishedDate() {
        return establishedDate;
    }
}

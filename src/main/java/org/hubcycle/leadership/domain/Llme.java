package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Filter;
import org.hubcycle.shared.HubOwned;
import org.hubcycle.shared.HubScope;

/**
 * A local leader of maths education on a hub's register: a person the directory knows, whose name
 * is kept here too so the register can be listed and sorted without reading the directory's tables.
 */
@Entity
@Table(name = "llme")
@Filter(name = HubScope.FILTER)
public class Llme extends HubOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Llme() {}

    public Llme(long hubId, long personId, String fullName, Instant createdAt) {
        super(hubId);
        this.personId = personId;
        this.fullName = fullName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

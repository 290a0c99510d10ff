package org.hubcycle.leadership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
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

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_by", length = 254)
    private String leftBy;

    protected Llme() {}

    public Llme(long hubId, long personId, String fullName, Instant createdAt) {
        super(hubId);
        this.personId = personId;
        this.fullName = fullName;
        this.createdAt = createdAt;
    }

    /** They left the hub's register on the day: the entry stays as the hub's record of them. */
    public void leave(LocalDate on, String by) {
        this.leftOn = on;
        this.leftBy = by;
    }

    /** They are back on the register. */
    public void returnToRegister() {
        this.leftOn = null;
        this.leftBy = null;
    }

    public boolean hasLeft() {
        return leftOn != null;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftBy() {
        return leftBy;
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

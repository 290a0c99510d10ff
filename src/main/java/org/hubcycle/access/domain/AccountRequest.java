package org.hubcycle.access.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An email sent to an address because someone asked for it: counted to stop Hubcycle being used to flood an inbox. */
@Entity
@Table(name = "account_request")
public class AccountRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected AccountRequest() {}

    public AccountRequest(String email, String kind, Instant requestedAt) {
        this.email = email;
        this.kind = kind;
        this.requestedAt = requestedAt;
    }
}

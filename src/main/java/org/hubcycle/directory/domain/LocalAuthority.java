package org.hubcycle.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A local authority, as the GIAS import last named it. */
@Entity
@Immutable
@Table(name = "local_authority")
public class LocalAuthority {

    @Id
    private String code;

    private String name;

    protected LocalAuthority() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}

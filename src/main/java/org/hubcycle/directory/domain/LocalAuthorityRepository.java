package org.hubcycle.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, String> {

    /** Every local authority's code and name, by name, as rows rather than entities: each school search lists them all. */
    @Query("select l.code, l.name from LocalAuthority l order by l.name")
    List<Object[]> codesAndNames();
}

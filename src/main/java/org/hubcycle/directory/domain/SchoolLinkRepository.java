package org.hubcycle.directory.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolLinkRepository extends JpaRepository<SchoolLink, SchoolLink.Key> {

    @Query("select l from SchoolLink l where l.key.urn = :urn order by l.establishedDate, l.key.linkUrn")
    List<SchoolLink> findByUrn(Integer urn);

    /** The links of several schools whose type starts with the given word: {@code Predecessor} or {@code Successor}. */
    @Query("select l from SchoolLink l where l.key.urn in :urns and l.key.linkType like concat(:kind, '%')")
    List<SchoolLink> findByUrnInAndKind(Collection<Integer> urns, String kind);
}

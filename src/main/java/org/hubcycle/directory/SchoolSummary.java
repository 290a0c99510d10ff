package org.hubcycle.directory;

import java.math.BigDecimal;
import java.util.List;
import org.hubcycle.shared.YearGroups;

/** What other modules and the API need to know of a school. */
public record SchoolSummary(
        int urn,
        String name,
        String status,
        String phase,
        String typeName,
        String typeGroup,
        String laCode,
        String town,
        String postcode,
        String region,
        Integer trustUid,
        String trustName,
        String ofstedRating,
        BigDecimal percentFsm,
        Integer lowAge,
        Integer highAge) {

    public boolean open() {
        return !"Closed".equals(status);
    }

    /** The year groups the school teaches, from its statutory ages (else its phase), in school order. */
    public List<String> yearGroups() {
        return YearGroups.forAges(lowAge, highAge, phase);
    }
}

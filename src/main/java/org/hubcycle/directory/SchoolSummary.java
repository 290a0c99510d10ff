package org.hubcycle.directory;

import java.math.BigDecimal;

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
        BigDecimal percentFsm) {

    public boolean open() {
        return !"Closed".equals(status);
    }
}

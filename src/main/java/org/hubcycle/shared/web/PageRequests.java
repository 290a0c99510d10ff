package org.hubcycle.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Pages as addresses number them: from 1, with a fixed size so nobody can ask for a million rows. */
public final class PageRequests {

    public static final int SIZE = 25;

    private PageRequests() {
    }

    /** The 1-based page a request asked for, or the first page for anything out of range. */
    public static Pageable page(Integer number) {
        int index = number == null || number < 1 || number > 100_000 ? 0 : number - 1;
        return PageRequest.of(index, SIZE);
    }
}

package org.hubcycle.shared.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Pages as addresses number them: from 1, with a fixed size so nobody can ask for a million rows. */
public final class PageRequests {

    public static final int SIZE = 25;

    /** The most rows one page of the API gives. */
    public static final int MAX_API_SIZE = 100;

    private static final int LAST_PAGE = 100_000;

    private PageRequests() {}

    /** The 1-based page a request asked for, or the first page for anything out of range. */
    public static Pageable page(Integer number) {
        int index = number == null || number < 1 || number > LAST_PAGE ? 0 : number - 1;
        return PageRequest.of(index, SIZE);
    }

    /** The asked-for page of a list already worked out in full (a figure's rows, a year's charges). */
    public static <T> Page<T> slice(List<T> all, Integer number) {
        Pageable pageable = page(number);
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /**
     * The page an API request asked for: 1-based, {@value #SIZE} rows unless it asks for up to
     * {@value #MAX_API_SIZE}. A program asking for a page out of range is told so (400), not given another.
     */
    public static Pageable apiPage(Integer number, Integer size) {
        if (number != null && (number < 1 || number > LAST_PAGE)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "page must be a whole number from 1 to " + LAST_PAGE);
        }
        if (size != null && (size < 1 || size > MAX_API_SIZE)) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "size must be a whole number from 1 to " + MAX_API_SIZE);
        }
        return PageRequest.of(number == null ? 0 : number - 1, size == null ? SIZE : size);
    }
}

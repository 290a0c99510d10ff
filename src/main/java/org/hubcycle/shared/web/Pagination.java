package org.hubcycle.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * What the GOV.UK pagination fragment shows for a page of results: previous and next links and a
 * window of numbered pages around the current one, each link keeping the request's other
 * parameters (its filters). Pages are numbered from 1 in addresses.
 */
public record Pagination(String previous, String next, List<Item> items, long total, boolean more, long from, long to) {

    /** A numbered page link, or an ellipsis when {@code href} is null and {@code number} is 0. */
    public record Item(int number, String href, boolean current) {

        public boolean ellipsis() {
            return number == 0;
        }
    }

    public static Pagination of(Page<?> page) {
        return of(page, false);
    }

    /** The same for a page whose total was counted only so far: {@code more} matched than it says. */
    public static Pagination of(Page<?> page, boolean more) {
        int current = page.getNumber() + 1;
        int last = Math.max(page.getTotalPages(), 1);
        List<Item> items = new ArrayList<>();
        int previousShown = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - current) <= 1) {
                if (previousShown != 0 && n - previousShown > 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, link(n), n == current));
                previousShown = n;
            }
        }
        long from = page.getNumberOfElements() == 0
                ? 0
                : page.getPageable().isPaged() ? page.getPageable().getOffset() + 1 : 1;
        return new Pagination(
                page.hasPrevious() ? link(current - 1) : null,
                page.hasNext() ? link(current + 1) : null,
                last > 1 ? List.copyOf(items) : List.of(),
                page.getTotalElements(),
                more,
                from,
                from == 0 ? 0 : from + page.getNumberOfElements() - 1);
    }

    private static String link(int number) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", number)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}

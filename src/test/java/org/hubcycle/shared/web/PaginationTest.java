package org.hubcycle.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PaginationTest {

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void keepsFiltersAndShowsAWindowAroundTheCurrentPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/audit");
        request.setQueryString("type=login.failed&page=5");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        Pagination p = Pagination.of(new PageImpl<>(Collections.nCopies(25, "x"), PageRequest.of(4, 25), 250));

        assertThat(p.previous()).isEqualTo("/audit?type=login.failed&page=4");
        assertThat(p.next()).isEqualTo("/audit?type=login.failed&page=6");
        assertThat(p.items()).extracting(Pagination.Item::number).containsExactly(1, 0, 4, 5, 6, 0, 10);
        assertThat(p.items())
                .filteredOn(Pagination.Item::current)
                .extracting(Pagination.Item::number)
                .containsExactly(5);
        assertThat(p.from()).isEqualTo(101);
        assertThat(p.to()).isEqualTo(125);
    }

    @Test
    void aSinglePageHasNoLinks() {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest("GET", "/hubs")));
        Pagination p = Pagination.of(new PageImpl<>(List.of("a", "b"), PageRequest.of(0, 25), 2));
        assertThat(p.previous()).isNull();
        assertThat(p.next()).isNull();
        assertThat(p.items()).isEmpty();
        assertThat(p.to()).isEqualTo(2);
    }

    @Test
    void outOfRangePageNumbersFallBackToTheFirst() {
        assertThat(PageRequests.page(null).getPageNumber()).isZero();
        assertThat(PageRequests.page(-3).getPageNumber()).isZero();
        assertThat(PageRequests.page(3).getPageNumber()).isEqualTo(2);
        assertThat(PageRequests.page(3).getPageSize()).isEqualTo(PageRequests.SIZE);
    }
}

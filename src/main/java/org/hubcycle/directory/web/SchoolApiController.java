package org.hubcycle.directory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Schools as JSON, for signed-in users. */
@RestController
@RequestMapping("/api/v1/schools")
class SchoolApiController {

    /**
     * A page of schools found. As on the search page, matches are counted up to {@link Schools#COUNTED}: then
     * {@code total} is that many and {@code more} is true, and a narrower search finds the rest.
     */
    record SchoolPage(List<SchoolSummary> items, int page, int size, long total, int totalPages, boolean more) {}

    record Link(int urn, String name, String type, LocalDate since) {}

    record SchoolDetail(
            int urn,
            String name,
            String status,
            String phase,
            String typeName,
            String typeGroup,
            String laCode,
            String laName,
            String region,
            String street,
            String town,
            String postcode,
            Integer lowAge,
            Integer highAge,
            Integer pupils,
            BigDecimal percentFsm,
            String ofstedRating,
            LocalDate openDate,
            LocalDate closeDate,
            Integer trustUid,
            String trustName,
            String hub,
            List<Link> predecessors,
            List<Link> successors) {}

    private final Schools schools;
    private final DirectoryQueries queries;

    SchoolApiController(Schools schools, DirectoryQueries queries) {
        this.schools = schools;
        this.queries = queries;
    }

    @GetMapping
    SchoolPage search(
            @ModelAttribute SchoolSearch search,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Schools.Found found = schools.find(search, PageRequests.apiPage(page, size));
        Page<SchoolSummary> result = found.page();
        return new SchoolPage(
                result.getContent(),
                result.getNumber() + 1,
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages(),
                found.more());
    }

    @GetMapping("/{urn}")
    SchoolDetail school(@PathVariable int urn) {
        DirectoryQueries.SchoolPage p = queries.school(urn);
        var s = p.school();
        return new SchoolDetail(
                s.getUrn(),
                s.getName(),
                s.getStatus(),
                s.getPhase(),
                s.getTypeName(),
                s.getTypeGroup(),
                s.getLaCode(),
                p.laName(),
                s.getRegion(),
                s.getStreet(),
                s.getTown(),
                s.getPostcode(),
                s.getLowAge(),
                s.getHighAge(),
                s.getPupils(),
                s.getPercentFsm(),
                s.getOfstedRating(),
                s.getOpenDate(),
                s.getCloseDate(),
                s.getTrustUid(),
                p.trust() != null ? p.trust().getName() : s.getTrustName(),
                p.hub() != null ? p.hub().slug() : null,
                p.predecessors().stream()
                        .map(l -> new Link(l.urn(), l.name(), l.type(), l.established()))
                        .toList(),
                p.successors().stream()
                        .map(l -> new Link(l.urn(), l.name(), l.type(), l.established()))
                        .toList());
    }
}

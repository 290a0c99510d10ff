package org.hubcycle.directory.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.Schools;
import org.hubcycle.directory.domain.LocalAuthorityRepository;
import org.hubcycle.directory.domain.School;
import org.hubcycle.directory.domain.SchoolHubChoice;
import org.hubcycle.directory.domain.SchoolHubChoiceRepository;
import org.hubcycle.directory.domain.SchoolLink;
import org.hubcycle.directory.domain.SchoolLinkRepository;
import org.hubcycle.directory.domain.SchoolRepository;
import org.hubcycle.directory.domain.Trust;
import org.hubcycle.directory.domain.TrustRepository;
import org.hubcycle.directory.gias.GiasImported;
import org.hubcycle.shared.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Read models for the directory's pages, each built in one read-only transaction with a fixed number of queries. */
@Service
@Transactional(readOnly = true)
class DirectoryQueries {

    // Public, as types a page reads must be for Spring EL to compile the page's expressions (docs/performance.md).
    public record LinkedSchool(int urn, String name, String type, String status, java.time.LocalDate established) {}

    public record SchoolPage(
            School school,
            String laName,
            Trust trust,
            HubSummary hub,
            SchoolHubChoice choice,
            List<LinkedSchool> predecessors,
            List<LinkedSchool> successors,
            List<LinkedSchool> otherLinks) {

        public List<LinkedSchool> allLinks() {
            return java.util.stream.Stream.of(predecessors, successors, otherLinks)
                    .flatMap(List::stream)
                    .toList();
        }
    }

    private final SchoolRepository schools;
    private final SchoolLinkRepository links;
    private final TrustRepository trusts;
    private final LocalAuthorityRepository authorities;
    private final SchoolHubChoiceRepository choices;
    private final Schools directory;
    private final Hubs hubs;
    private final Clock clock;

    static final Duration AUTHORITIES_FRESH_FOR = Duration.ofMinutes(10);

    /** The local authorities, name by code in name order, as last read, and when. */
    private record AuthoritiesRead(Instant at, Map<String, String> names) {}

    private volatile AuthoritiesRead authoritiesRead;

    DirectoryQueries(
            SchoolRepository schools,
            SchoolLinkRepository links,
            TrustRepository trusts,
            LocalAuthorityRepository authorities,
            SchoolHubChoiceRepository choices,
            Schools directory,
            Hubs hubs,
            Clock clock) {
        this.schools = schools;
        this.links = links;
        this.trusts = trusts;
        this.authorities = authorities;
        this.choices = choices;
        this.directory = directory;
        this.hubs = hubs;
        this.clock = clock;
    }

    SchoolPage school(int urn) {
        School school = schools.findById(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
        List<SchoolLink> all = links.findByUrn(urn);
        Map<Integer, School> linked = all.isEmpty()
                ? Map.of()
                : schools.findByUrnIn(all.stream().map(SchoolLink::getLinkUrn).toList()).stream()
                        .collect(Collectors.toMap(School::getUrn, Function.identity()));
        Function<SchoolLink, LinkedSchool> view = link -> {
            School other = linked.get(link.getLinkUrn());
            return new LinkedSchool(
                    link.getLinkUrn(),
                    other != null ? other.getName() : link.getLinkName(),
                    link.getLinkType(),
                    other != null ? other.getStatus() : null,
                    link.getEstablishedDate());
        };
        Trust trust = school.getTrustUid() == null
                ? null
                : trusts.findById(school.getTrustUid()).orElse(null);
        SchoolHubChoice choice = choices.findById(urn).orElse(null);
        HubSummary hub = directory.hubOf(school, choice).flatMap(hubs::findById).orElse(null);
        return new SchoolPage(
                school,
                keptAuthorities().names().getOrDefault(school.getLaCode(), school.getLaCode()),
                trust,
                hub,
                choice,
                all.stream()
                        .filter(l -> l.getLinkType().startsWith("Predecessor"))
                        .map(view)
                        .toList(),
                all.stream()
                        .filter(l -> l.getLinkType().startsWith("Successor"))
                        .map(view)
                        .toList(),
                all.stream()
                        .filter(l -> !l.getLinkType().startsWith("Predecessor")
                                && !l.getLinkType().startsWith("Successor"))
                        .map(view)
                        .toList());
    }

    Optional<Trust> trust(int uid) {
        return trusts.findById(uid);
    }

    Page<School> trustSchools(int uid, Pageable pageable) {
        return schools.findByTrustUidOrderBySearchNameAscUrnAsc(uid, pageable);
    }

    /**
     * Every local authority, code and name, for the search's filter. They change only with a GIAS import, so
     * the list is read again after one, and otherwise at most once in {@link #AUTHORITIES_FRESH_FOR} (another
     * node's import shows here within that time): reading 152 rows on every search was 4% of its CPU. A
     * school's page names its authority from the same list. No transaction: the kept list needs none, and
     * the read is one select.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    Collection<Map.Entry<String, String>> localAuthorities() {
        return keptAuthorities().names().entrySet();
    }

    private AuthoritiesRead keptAuthorities() {
        AuthoritiesRead read = authoritiesRead;
        if (read == null || read.at().plus(AUTHORITIES_FRESH_FOR).isBefore(clock.instant())) {
            Map<String, String> names = new LinkedHashMap<>();
            authorities.codesAndNames().forEach(row -> names.put((String) row[0], (String) row[1]));
            read = new AuthoritiesRead(clock.instant(), Collections.unmodifiableMap(names));
            authoritiesRead = read;
        }
        return read;
    }

    @EventListener
    void forgetAuthorities(GiasImported imported) {
        authoritiesRead = null;
    }
}

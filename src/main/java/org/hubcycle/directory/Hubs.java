package org.hubcycle.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.directory.domain.Hub;
import org.hubcycle.directory.domain.HubArea;
import org.hubcycle.directory.domain.HubAreaRepository;
import org.hubcycle.directory.domain.HubRepository;
import org.hubcycle.directory.domain.LocalAuthority;
import org.hubcycle.directory.domain.LocalAuthorityRepository;
import org.hubcycle.directory.domain.SchoolRepository;
import org.hubcycle.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's hubs, for other modules. Hubs are public reference data: any user may look one up. */
@Service
@Transactional(readOnly = true)
public class Hubs {

    private final HubRepository hubs;
    private final HubAreaRepository areas;
    private final LocalAuthorityRepository authorities;
    private final SchoolRepository schools;

    Hubs(HubRepository hubs, HubAreaRepository areas, LocalAuthorityRepository authorities, SchoolRepository schools) {
        this.hubs = hubs;
        this.areas = areas;
        this.authorities = authorities;
        this.schools = schools;
    }

    public HubProfile profile(long hubId) {
        Hub hub = hubs.findById(hubId).orElseThrow(() -> new NotFoundException("not-found.hub"));
        List<String> codes = area(hubId);
        Map<String, String> names = authorities.findAllById(codes).stream()
                .collect(Collectors.toMap(LocalAuthority::getCode, LocalAuthority::getName));
        SchoolSummary lead = hub.getLeadSchoolUrn() == null
                ? null
                : schools.findById(hub.getLeadSchoolUrn()).map(Schools::summary).orElse(null);
        return new HubProfile(
                summary(hub),
                hub.getContactEmail(),
                lead,
                codes.stream()
                        .map(code -> new HubProfile.Area(code, names.getOrDefault(code, code)))
                        .toList());
    }

    /** The hub's contact address, where it is told of things that need it. */
    public Optional<String> contactEmail(long hubId) {
        return hubs.findById(hubId).map(Hub::getContactEmail).filter(e -> e != null && !e.isBlank());
    }

    /** The local authority codes of a hub's area. */
    public List<String> area(long hubId) {
        return areas.findByHubIdOrderByLaCode(hubId).stream()
                .map(HubArea::getLaCode)
                .toList();
    }

    /** Each hub's number of local authorities (a hub without any left out), and those in no hub's area. */
    public record Coverage(Map<Long, Long> areaSizes, List<HubProfile.Area> withoutHub) {}

    /** How the local authorities are shared among the hubs, from one reading of the areas. */
    public Coverage coverage() {
        List<HubArea> all = areas.findAll();
        Set<String> covered = all.stream().map(HubArea::getLaCode).collect(Collectors.toSet());
        return new Coverage(
                all.stream().collect(Collectors.groupingBy(HubArea::getHubId, Collectors.counting())),
                authorities.findAll().stream()
                        .filter(la -> !covered.contains(la.getCode()))
                        .map(la -> new HubProfile.Area(la.getCode(), la.getName()))
                        .sorted(java.util.Comparator.comparing(HubProfile.Area::name))
                        .toList());
    }

    /** Sets a hub's lead school, contact address and area; a local authority moves from any hub that had it. */
    @Transactional
    public void describe(String slug, Integer leadSchoolUrn, String contactEmail, List<String> laCodes) {
        Hub hub = hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
        hub.describe(leadSchoolUrn, contactEmail);
        laCodes.forEach(code -> areas.save(new HubArea(code, hub.getId())));
    }

    public Optional<HubSummary> findBySlug(String slug) {
        return hubs.findBySlug(slug).map(Hubs::summary);
    }

    public HubSummary getBySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
    }

    public Optional<HubSummary> findById(long id) {
        return hubs.findById(id).map(Hubs::summary);
    }

    /** Names of the given hubs by id, in one query: for tables that show a hub on each row. */
    public Map<Long, String> namesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return hubs.findAllById(ids).stream().collect(Collectors.toMap(Hub::getId, Hub::getName));
    }

    public Page<HubSummary> list(Pageable pageable) {
        return hubs.findAllByOrderByNameAsc(pageable).map(Hubs::summary);
    }

    /** Adds a hub unless one with this slug exists; returns the hub either way. */
    @Transactional
    public HubSummary ensure(String slug, String name) {
        return summary(hubs.findBySlug(slug).orElseGet(() -> hubs.save(new Hub(slug, name))));
    }

    private static HubSummary summary(Hub hub) {
        return new HubSummary(hub.getId(), hub.getSlug(), hub.getName());
    }
}

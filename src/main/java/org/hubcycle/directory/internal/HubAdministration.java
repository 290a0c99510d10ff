package org.hubcycle.directory.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.hubcycle.directory.HubAreaChanged;
import org.hubcycle.directory.HubContactChanged;
import org.hubcycle.directory.HubSummary;
import org.hubcycle.directory.SchoolFacts;
import org.hubcycle.directory.domain.Hub;
import org.hubcycle.directory.domain.HubArea;
import org.hubcycle.directory.domain.HubAreaRepository;
import org.hubcycle.directory.domain.HubRepository;
import org.hubcycle.directory.domain.School;
import org.hubcycle.directory.domain.SchoolRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national centre's changes to the hubs: adding one, its name, and the local authorities of its area;
 * and, with the hub's own lead, its contact address and lead school. A change sent from a page opened on an
 * earlier version of the hub is refused, and each change is audited in every hub it touches (ADR 0032).
 */
@Service
@Transactional(readOnly = true)
public class HubAdministration {

    /** A hub as its form shows it. */
    public record Details(
            long id, String slug, String name, String contactEmail, Integer leadSchoolUrn, long version) {}

    /**
     * A local authority as the area page offers it: its region (GIAS's, of its schools), the hub whose area
     * it is in (or null) and how many open state-funded schools it has, the schools a hub's figures count.
     */
    public record Authority(String code, String name, String region, Long hubId, String hubName, long schools) {

        public String label() {
            return name + " (" + code + ")";
        }
    }

    /** What a change of a hub's area does: the authorities it gains (each with the hub it had) and those it loses. */
    public record AreaChange(HubSummary hub, List<Authority> added, List<Authority> removed) {

        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }

        /** The open state-funded schools that change hub. */
        public long schools() {
            return added.stream().mapToLong(Authority::schools).sum()
                    + removed.stream().mapToLong(Authority::schools).sum();
        }
    }

    private final HubRepository hubs;
    private final HubAreaRepository areas;
    private final SchoolRepository schools;
    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final SchoolFacts facts;
    private final JdbcTemplate jdbc;

    HubAdministration(
            HubRepository hubs,
            HubAreaRepository areas,
            SchoolRepository schools,
            EntityManager entities,
            ApplicationEventPublisher events,
            SchoolFacts facts,
            DataSource dataSource) {
        this.hubs = hubs;
        this.areas = areas;
        this.schools = schools;
        this.entities = entities;
        this.events = events;
        this.facts = facts;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public Details details(String slug) {
        Hub hub = hub(slug);
        return new Details(
                hub.getId(),
                hub.getSlug(),
                hub.getName(),
                hub.getContactEmail(),
                hub.getLeadSchoolUrn(),
                hub.getVersion());
    }

    /** Adds a hub, with a name and an address name (its slug, fixed from now on) no other hub has. */
    @Transactional
    public HubSummary add(String slug, String name, String contactEmail, Integer leadSchoolUrn) {
        if (hubs.findBySlug(slug).isPresent()) {
            throw new Refused("slug", "hubs.slug.taken", slug);
        }
        refuseNameOfAnother(name, null);
        refuseUnlessOpen(leadSchoolUrn);
        Hub hub = new Hub(slug, name);
        hub.describe(leadSchoolUrn, contactEmail);
        hubs.save(hub);
        events.publishEvent(Audited.of("directory.hub-added", hub.getId(), name, slug, contactEmail));
        return summary(hub);
    }

    /**
     * Changes a hub's contact address and lead school, and its name when {@code name} is not null (the
     * national centre's). The hub's old contact address is told it is no longer the hub's.
     */
    @Transactional
    public void change(String slug, long version, String name, String contactEmail, Integer leadSchoolUrn) {
        Hub hub = hub(slug);
        Refused.unlessStill(version, hub.getVersion(), "hubs.changed");
        String newName = name == null ? hub.getName() : name;
        refuseNameOfAnother(newName, hub.getId());
        if (!Objects.equals(leadSchoolUrn, hub.getLeadSchoolUrn())) {
            refuseUnlessOpen(leadSchoolUrn);
        }
        String oldContact = hub.getContactEmail();
        boolean same = newName.equals(hub.getName())
                && contactEmail.equalsIgnoreCase(Objects.toString(oldContact, ""))
                && Objects.equals(leadSchoolUrn, hub.getLeadSchoolUrn());
        if (same) {
            throw new Refused(null, "hubs.unchanged");
        }
        hub.rename(newName);
        hub.describe(leadSchoolUrn, contactEmail);
        events.publishEvent(
                Audited.of("directory.hub-changed", hub.getId(), newName, newName, contactEmail, leadSchoolUrn));
        if (oldContact != null && !oldContact.isBlank() && !oldContact.equalsIgnoreCase(contactEmail)) {
            events.publishEvent(new HubContactChanged(hub.getId(), newName, oldContact, contactEmail));
        }
    }

    /**
     * Every local authority, by name, with its region, hub and schools: what an area is chosen from. The
     * schools are counted from the directory's kept reading of the schools in scope, not from the 50,000 rows
     * of the national extract (65 ms of CPU a request when they were).
     */
    public List<Authority> authorities() {
        Map<String, Long> schoolsByAuthority = new HashMap<>();
        Map<String, String> regions = new HashMap<>();
        for (SchoolFacts.Fact school : facts.inScope()) {
            if (school.localAuthority() != null) {
                schoolsByAuthority.merge(school.localAuthority(), 1L, Long::sum);
                if (school.region() != null) {
                    regions.putIfAbsent(school.localAuthority(), school.region());
                }
            }
        }
        return jdbc.query(
                "select la.code, la.name, a.hub_id, h.name from local_authority la"
                        + " left join hub_area a on a.la_code = la.code left join hub h on h.id = a.hub_id"
                        + " order by la.name, la.code",
                (rs, i) -> {
                    Number hubId = (Number) rs.getObject(3);
                    String name = rs.getString(2);
                    return new Authority(
                            rs.getString(1),
                            name,
                            regions.get(name),
                            hubId == null ? null : hubId.longValue(),
                            rs.getString(4),
                            schoolsByAuthority.getOrDefault(name, 0L));
                });
    }

    /** What giving the hub exactly these local authorities would change, without changing it. */
    public AreaChange preview(String slug, Collection<String> codes) {
        return preview(hub(slug), codes, authorities());
    }

    /**
     * Gives the hub exactly these local authorities: those another hub had leave it, and those the hub had
     * and no longer has belong to no hub until another is given them. Schools that chose a hub keep it.
     * Every hub that gains or loses one is told, and the change is audited in each.
     */
    @Transactional
    public AreaChange changeArea(String slug, long version, Collection<String> codes) {
        Hub hub = hub(slug);
        Refused.unlessStill(version, hub.getVersion(), "hubs.changed");
        AreaChange change = preview(hub, codes, authorities());
        if (change.isEmpty()) {
            throw new Refused("codes", "hubs.area.unchanged");
        }
        Map<Long, List<String>> lostBy = new LinkedHashMap<>();
        for (Authority added : change.added()) {
            areas.save(new HubArea(added.code(), hub.getId()));
            if (added.hubId() != null) {
                lostBy.computeIfAbsent(added.hubId(), id -> new ArrayList<>()).add(added.label());
            }
        }
        change.removed().forEach(removed -> areas.deleteById(removed.code()));
        entities.lock(hub, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<String> gained = change.added().stream().map(Authority::label).toList();
        List<String> lost = change.removed().stream().map(Authority::label).toList();
        tell(hub, gained, lost);
        lostBy.forEach((otherId, labels) -> {
            Hub other = hubs.findById(otherId).orElseThrow();
            entities.lock(other, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            tell(other, List.of(), labels);
        });
        return change;
    }

    private void tell(Hub hub, List<String> gained, List<String> lost) {
        events.publishEvent(
                Audited.of("directory.hub-area-changed", hub.getId(), hub.getName(), listed(gained), listed(lost)));
        events.publishEvent(new HubAreaChanged(hub.getId(), hub.getSlug(), hub.getName(), gained, lost));
    }

    private static String listed(List<String> labels) {
        return labels.isEmpty() ? "none" : String.join(", ", labels);
    }

    private static AreaChange preview(Hub hub, Collection<String> codes, List<Authority> all) {
        Set<String> wanted = new TreeSet<>(codes);
        Set<String> known = new TreeSet<>();
        List<Authority> added = new ArrayList<>();
        List<Authority> removed = new ArrayList<>();
        for (Authority authority : all) {
            known.add(authority.code());
            boolean ours = hub.getId().equals(authority.hubId());
            if (wanted.contains(authority.code()) && !ours) {
                added.add(authority);
            } else if (!wanted.contains(authority.code()) && ours) {
                removed.add(authority);
            }
        }
        wanted.removeAll(known);
        if (!wanted.isEmpty()) {
            throw new Refused("codes", "hubs.area.unknown", String.join(", ", wanted));
        }
        return new AreaChange(summary(hub), added, removed);
    }

    private void refuseNameOfAnother(String name, Long self) {
        hubs.findAll().stream()
                .filter(other -> other.getName().equalsIgnoreCase(name.strip())
                        && !other.getId().equals(self))
                .findFirst()
                .ifPresent(other -> {
                    throw new Refused("name", "hubs.name.taken", other.getName());
                });
    }

    private void refuseUnlessOpen(Integer urn) {
        if (urn == null) {
            return;
        }
        School school =
                schools.findById(urn).orElseThrow(() -> new Refused("leadSchoolUrn", "hubs.leadSchool.unknown", urn));
        if (school.getStatus() == null || !school.getStatus().startsWith("Open")) {
            throw new Refused("leadSchoolUrn", "hubs.leadSchool.closed", school.getName(), urn);
        }
    }

    private Hub hub(String slug) {
        return hubs.findBySlug(slug).orElseThrow(() -> new NotFoundException("not-found.hub"));
    }

    private static HubSummary summary(Hub hub) {
        return new HubSummary(hub.getId(), hub.getSlug(), hub.getName());
    }
}

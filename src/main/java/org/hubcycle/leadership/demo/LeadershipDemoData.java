package org.hubcycle.leadership.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.HubOffers;
import org.hubcycle.catalogue.HubOffers.WorkGroupBrief;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.leadership.internal.ExpressionsOfInterest;
import org.hubcycle.leadership.internal.LeadershipTerms.Attendance;
import org.hubcycle.leadership.internal.LeadershipTerms.Capacity;
import org.hubcycle.leadership.internal.LeadershipTerms.RoleType;
import org.hubcycle.leadership.internal.LeadershipTerms.SpecialistStatus;
import org.hubcycle.leadership.internal.LlmeRegister;
import org.hubcycle.leadership.internal.LlmeRegister.RoleInput;
import org.hubcycle.leadership.internal.NetworkMeetings;
import org.hubcycle.leadership.internal.NetworkMeetings.MeetingInput;
import org.hubcycle.leadership.internal.SpecialistCohorts;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.demo.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo Maths Hub's local leaders of maths education (fictional people, written for Hubcycle): a
 * register with roles over several years, three specialist cohorts, an open call for expressions
 * of interest with a few already in, and network meetings. Samir Haddad ({@code wgl@hubcycle.test})
 * leads a work group; Nadia Okafor ({@code llme@hubcycle.test}) has not expressed interest yet.
 * Northfield Maths Hub has one LLME and a round of its own, to show that hubs never see each other's.
 */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class LeadershipDemoData implements DemoData {

    private final Hubs hubs;
    private final People people;
    private final Schools schools;
    private final LlmeRegister register;
    private final SpecialistCohorts cohorts;
    private final ExpressionsOfInterest interest;
    private final NetworkMeetings network;
    private final HubOffers offers;
    private final Clock clock;

    LeadershipDemoData(
            Hubs hubs,
            People people,
            Schools schools,
            LlmeRegister register,
            SpecialistCohorts cohorts,
            ExpressionsOfInterest interest,
            NetworkMeetings network,
            HubOffers offers,
            Clock clock) {
        this.hubs = hubs;
        this.people = people;
        this.schools = schools;
        this.register = register;
        this.cohorts = cohorts;
        this.interest = interest;
        this.network = network;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        if (register.llmeOf("wgl@hubcycle.test").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        AcademicYear year = AcademicYear.containing(today);
        long demo = hubs.getBySlug("demo-maths-hub").id();
        List<Integer> urns =
                schools
                        .search(new SchoolSearch(null, null, "881", null, "Open", null, null), PageRequest.of(0, 10))
                        .stream()
                        .map(SchoolSummary::urn)
                        .toList();

        long primary1 = cohorts.createCohort(
                demo, Phase.PRIMARY, 1, year.previous().previous().previous());
        long primary3 = cohorts.createCohort(demo, Phase.PRIMARY, 3, year);
        long secondary1 =
                cohorts.createCohort(demo, Phase.SECONDARY, 1, year.previous().previous());

        long samir = llme(
                demo,
                "Samir Haddad",
                "wgl@hubcycle.test",
                urns.get(0),
                "Maths lead",
                role(RoleType.WORK_GROUP_LEAD, year.previous().previous(), null));
        register.addRole(
                samir,
                new RoleInput(
                        RoleType.PRIMARY_MASTERY_SPECIALIST,
                        year.previous().previous().previous(),
                        null,
                        primary1,
                        SpecialistStatus.ACTIVE,
                        null,
                        null));
        long nadia = llme(
                demo,
                "Nadia Okafor",
                "llme@hubcycle.test",
                urns.get(1),
                "Deputy headteacher",
                role(RoleType.SLE, year.previous(), null));
        long owen = llme(
                demo,
                "Owen Pritchard",
                "owen.pritchard@demo-school.test",
                urns.get(2),
                "Head of maths",
                new RoleInput(
                        RoleType.SECONDARY_MASTERY_SPECIALIST,
                        year.previous().previous(),
                        null,
                        secondary1,
                        SpecialistStatus.ACTIVE,
                        null,
                        null));
        long leah = llme(
                demo,
                "Leah Brennan",
                "leah.brennan@demo-school.test",
                urns.get(3),
                "Year 4 teacher",
                new RoleInput(
                        RoleType.PRIMARY_MASTERY_SPECIALIST,
                        year,
                        null,
                        primary3,
                        SpecialistStatus.TRAINEE,
                        null,
                        null));
        llme(
                demo,
                "Marcus Bell",
                "marcus.bell@demo-school.test",
                urns.get(4),
                "Maths lead",
                new RoleInput(
                        RoleType.PRIMARY_MASTERY_SPECIALIST,
                        year,
                        null,
                        primary3,
                        SpecialistStatus.TRAINEE,
                        null,
                        null));
        long ruth = llme(
                demo,
                "Ruth Adeyemi",
                "ruth.adeyemi@demo-school.test",
                urns.get(5),
                "Assistant headteacher",
                new RoleInput(
                        RoleType.PD_LEAD,
                        year.previous().previous(),
                        null,
                        null,
                        null,
                        "Primary PD Lead Programme",
                        year.previous().previous().lastDay().minusMonths(1)));
        register.addRole(
                ruth, role(RoleType.WORK_GROUP_LEAD, year.previous().previous().previous(), year.previous()));
        long jonah = llme(
                demo,
                "Jonah Whitcombe",
                "jonah.whitcombe@demo-school.test",
                urns.get(6),
                "Trust maths lead",
                role(RoleType.MAT_MATHS_LEAD, year.previous(), null));
        llme(
                demo,
                "Isla Carmody",
                "isla.carmody@demo-school.test",
                urns.get(7),
                "Class teacher",
                role(
                        RoleType.MASTERY_ADVOCATE,
                        year.previous().previous().previous().previous(),
                        year.previous().previous().previous()));
        llme(
                demo,
                "Hannah Lowe",
                "hannah.lowe@demo-school.test",
                urns.get(8),
                "Executive headteacher",
                role(RoleType.NLE, year.previous().previous().previous().previous(), null));

        Map<String, WorkGroupBrief> groups =
                offers.briefs(demo, year).stream().collect(Collectors.toMap(WorkGroupBrief::name, g -> g, (a, b) -> a));
        offers.addLead(groups.get("Development 1").id(), personOf("wgl@hubcycle.test"), "Samir Haddad", true);

        List<WorkGroupBrief> open = List.of(
                groups.get("Development 5 (not yet agreed)"),
                groups.get("Secondary Development 3 (not yet agreed)"),
                groups.get("Early Years"),
                groups.get("Core Maths"));
        long round = interest.open(
                demo,
                year,
                "Leading work groups in " + year + ": second call",
                today.plusDays(21),
                open.stream().map(WorkGroupBrief::id).toList());
        interest.express(
                round,
                open.get(1).id(),
                owen,
                Capacity.LEAD,
                "Three years as a Secondary Mastery Specialist; I ran our department's own lesson study cycle last year.");
        interest.express(
                round,
                open.get(0).id(),
                jonah,
                Capacity.CO_LEAD,
                "I support maths leads in six primary schools of our trust and have co-led a Sustaining community.");
        interest.express(
                round,
                open.get(0).id(),
                ruth,
                Capacity.LEAD,
                "Accredited PD Lead. I led Development groups for three years and would like to lead one again.");
        interest.express(
                round,
                open.get(2).id(),
                leah,
                Capacity.PARTICIPANT,
                "I teach in a school with a nursery class and would like to learn more about early number.");

        long autumn = network.schedule(
                demo,
                new MeetingInput(
                        "LLME network: autumn meeting",
                        today.minusDays(30),
                        LocalTime.of(13, 30),
                        LocalTime.of(16, 0),
                        "Aldermoor Teaching School, Mill Lane",
                        null,
                        "Updates from the national centre\nSharing gap tasks that worked"));
        network.invite(autumn, List.of(samir, nadia, owen, ruth, jonah));
        network.recordAttendance(
                autumn,
                Map.of(
                        samir,
                        Attendance.ATTENDED,
                        nadia,
                        Attendance.ATTENDED,
                        owen,
                        Attendance.APOLOGIES,
                        ruth,
                        Attendance.ATTENDED,
                        jonah,
                        Attendance.ABSENT));
        long spring = network.schedule(
                demo,
                new MeetingInput(
                        "LLME network: spring meeting",
                        today.plusDays(60),
                        LocalTime.of(9, 30),
                        LocalTime.of(12, 0),
                        null,
                        "https://meet.demo-maths-hub.test/llme-network",
                        "Planning next year's work groups"));
        network.invite(spring, List.of(samir, nadia, owen, leah, ruth, jonah));

        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        long callum = llme(
                northfield,
                "Callum Reyes",
                "callum.reyes@northfield-school.test",
                null,
                "Head of maths",
                role(RoleType.WORK_GROUP_LEAD, year.previous(), null));
        WorkGroupBrief northfieldGroup = offers.briefs(northfield, year).get(0);
        long northfieldRound = interest.open(
                northfield, year, "Northfield leads " + year, today.plusDays(14), List.of(northfieldGroup.id()));
        interest.express(
                northfieldRound,
                northfieldGroup.id(),
                callum,
                Capacity.LEAD,
                "Led this group last year in Northfield.");
    }

    private long llme(long hubId, String name, String email, Integer urn, String jobTitle, RoleInput role) {
        People.Saved added = people.add(hubId, name, email, null, urn, jobTitle);
        if (added.duplicate() != null) {
            throw new IllegalStateException("Demo person " + email + " exists already: "
                    + added.duplicate().message());
        }
        return register.add(hubId, email, role);
    }

    private long personOf(String email) {
        return people.findByEmail(email).orElseThrow().id();
    }

    private static RoleInput role(RoleType type, AcademicYear from, AcademicYear to) {
        return new RoleInput(type, from, to, null, null, null, null);
    }
}

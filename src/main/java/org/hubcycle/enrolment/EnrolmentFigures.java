package org.hubcycle.enrolment;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.Funding;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.FundedCount;
import org.hubcycle.enrolment.domain.StatusCount;
import org.hubcycle.shared.AcademicYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A hub's year in figures: applications by status, engaged schools, committed funding and charges. */
@Service
public class EnrolmentFigures {

    /** A work group's applications counted by status, with its places. */
    public record GroupCount(Terms group, Map<EnrolmentStatus, Long> counts, int placesTaken) {

        public long count(String status) {
            return counts.getOrDefault(EnrolmentStatus.valueOf(status), 0L);
        }

        public long applications() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Committed funding and charges of one work group in a year. */
    public record Money(Terms group, int places, int lateWithdrawals, long fundingPence, long chargesPence) {

        public String funding() {
            return Funding.pounds(fundingPence);
        }

        public String charges() {
            return Funding.pounds(chargesPence);
        }
    }

    private final EnrolmentRepository enrolments;
    private final WorkGroupTerms workGroups;

    EnrolmentFigures(EnrolmentRepository enrolments, WorkGroupTerms workGroups) {
        this.enrolments = enrolments;
        this.workGroups = workGroups;
    }

    /** A hub's work groups in a year with their applications counted by status. */
    @Transactional(readOnly = true)
    public List<GroupCount> year(long hubId, AcademicYear year, List<Long> workGroupIds) {
        Map<Long, Map<EnrolmentStatus, Long>> counts = enrolments.countsByWorkGroup(hubId, year.startYear()).stream()
                .collect(Collectors.groupingBy(
                        StatusCount::workGroupId,
                        Collectors.toMap(
                                StatusCount::status,
                                StatusCount::count,
                                Long::sum,
                                () -> new EnumMap<>(EnrolmentStatus.class))));
        return workGroups.of(workGroupIds).stream()
                .map(t -> {
                    Map<EnrolmentStatus, Long> c = counts.getOrDefault(t.id(), Map.of());
                    int held = (int) c.entrySet().stream()
                            .filter(x -> x.getKey().holdsPlace())
                            .mapToLong(Map.Entry::getValue)
                            .sum();
                    return new GroupCount(t, c, held);
                })
                .toList();
    }

    /**
     * The hub's engaged schools in a year: those with at least one completed enrolment. A school that
     * signed up but did not complete does not count (the DfE's counting rule).
     */
    @Transactional(readOnly = true)
    public long engagedSchools(long hubId, AcademicYear year) {
        return enrolments.countEngaged(hubId, year.startYear(), EnrolmentStatus.COMPLETED);
    }

    /** Funding committed to schools with places, and what schools are charged, per work group of a hub's year. */
    @Transactional(readOnly = true)
    public List<Money> money(long hubId, AcademicYear year) {
        Map<Long, FundedCount> byGroup =
                enrolments.funded(hubId, year.startYear(), EnrolmentStatus.holdingPlace()).stream()
                        .collect(Collectors.toMap(FundedCount::workGroupId, Function.identity()));
        return workGroups.of(byGroup.keySet()).stream()
                .map(t -> {
                    FundedCount counts = byGroup.get(t.id());
                    int placesHeld = (int) counts.placesHeld();
                    int late = (int) counts.lateWithdrawals();
                    Funding funding = t.funding();
                    return new Money(
                            t,
                            placesHeld,
                            late,
                            (long) placesHeld * funding.perSchoolPence(),
                            (long) placesHeld * t.costPence() + (long) late * t.noShowChargePence());
                })
                .sorted(Comparator.comparing(m -> m.group().name()))
                .toList();
    }
}

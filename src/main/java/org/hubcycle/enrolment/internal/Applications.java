package org.hubcycle.enrolment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.catalogue.WorkGroupTerms.Terms;
import org.hubcycle.directory.Schools;
import org.hubcycle.enrolment.EnrolmentStatus;
import org.hubcycle.enrolment.Enrolments;
import org.hubcycle.enrolment.domain.Enrolment;
import org.hubcycle.enrolment.domain.Enrolment.WithdrawnBy;
import org.hubcycle.enrolment.domain.EnrolmentRepository;
import org.hubcycle.enrolment.domain.Participant;
import org.hubcycle.enrolment.domain.ParticipantRepository;
import org.hubcycle.enrolment.internal.Eligibility.Participation;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.SystemWork;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applications as pages show them: a school's own, a work group's for its hub, and a school's history
 * with its Teaching for Mastery stage. Reads only; {@link Enrolments} moves them.
 */
@Service
public class Applications {

    /**
     * A participant the school names now, at a place ({@code position}, from 1) of its application; erasedOn once
     * their details were erased (ADR 0038, 0040).
     */
    public record ParticipantView(
            int position, String fullName, String email, String jobTitle, String role, String trn, LocalDate erasedOn) {

        static ParticipantView of(Participant p) {
            return new ParticipantView(
                    p.getPosition(),
                    p.getFullName(),
                    p.getEmail(),
                    p.getJobTitle(),
                    p.getRoleInGroup(),
                    p.getTrn(),
                    p.getErasedOn());
        }
    }

    /** An application as pages show it. */
    public record View(
            long id,
            long hubId,
            long workGroupId,
            String workGroupName,
            AcademicYear year,
            int urn,
            String schoolName,
            EnrolmentStatus status,
            boolean eligible,
            String reasonCode,
            String reason,
            String overrideReason,
            BigDecimal priority,
            Instant appliedAt,
            String appliedBy,
            LocalDate withdrawnOn,
            WithdrawnBy withdrawnBy,
            String withdrawalReason,
            boolean lateWithdrawal,
            List<ParticipantView> participants) {

        public boolean overridden() {
            return overrideReason != null;
        }
    }

    /** A school's history as the hub sees it (its own hub's applications), with its Teaching for Mastery stage from every hub's. */
    public record History(List<View> applications, List<TfmPathway.Stage> pathway) {}

    /** Where an application stands on its work group's waiting list: its place in the queue (from 1) and how long it is. */
    public record Waiting(int position, int of) {}

    private final EnrolmentRepository enrolments;
    private final ParticipantRepository participants;
    private final WorkGroupTerms workGroups;
    private final Schools schools;
    private final TransactionTemplate transactions;
    private final SystemWork system;

    Applications(
            SystemWork system,
            EnrolmentRepository enrolments,
            ParticipantRepository participants,
            WorkGroupTerms workGroups,
            Schools schools,
            TransactionTemplate transactions) {
        this.enrolments = enrolments;
        this.participants = participants;
        this.workGroups = workGroups;
        this.schools = schools;
        this.transactions = transactions;
        this.system = system;
    }

    /** A school's applications in the current scope, and its pathway stage from its whole history, predecessors' included. */
    public History history(int urn) {
        List<TfmPathway.Stage> pathway = system.inTransaction(() -> {
            Set<Integer> lineage = schools.lineage(urn);
            return TfmPathway.of(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(lineage).stream()
                    .map(e -> new Participation(
                            e.getProjectFamily(), e.getAcademicYear(), e.getStatus(), e.getSchoolUrn()))
                    .toList());
        });
        List<View> applications = transactions.execute(
                status -> views(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(List.of(urn))));
        return new History(applications, pathway);
    }

    /** A school's applications, newest first. */
    public List<View> forSchool(int urn) {
        return system.inTransaction(
                () -> views(enrolments.findBySchoolUrnInOrderByAcademicYearDescAppliedAtDesc(List.of(urn))));
    }

    /** A school's application by id; empty for another school's. */
    public Optional<View> forSchool(int urn, long id) {
        return forSchool(urn).stream().filter(v -> v.id() == id).findFirst();
    }

    /**
     * Where the application stands on its work group's waiting list, in the order a freed place is offered
     * (priority, then the earliest application); empty unless it is on the list.
     */
    public Optional<Waiting> waiting(View application) {
        if (application.status() != EnrolmentStatus.WAITLISTED) {
            return Optional.empty();
        }
        List<Long> queue = system.inTransaction(
                () -> enrolments.queue(application.workGroupId(), EnrolmentStatus.WAITLISTED).stream()
                        .map(Enrolment::getId)
                        .toList());
        int at = queue.indexOf(application.id());
        return at < 0 ? Optional.empty() : Optional.of(new Waiting(at + 1, queue.size()));
    }

    /** The id of the school's application to a work group, if it has made one. */
    public Optional<Long> idOf(int urn, long workGroupId) {
        return system.inTransaction(
                () -> enrolments.findByWorkGroupIdAndSchoolUrn(workGroupId, urn).map(Enrolment::getId));
    }

    /**
     * A page of a work group's applications with the given statuses (every status when none is given), in the order
     * they came, named with the work group already read.
     */
    @Transactional(readOnly = true)
    public Page<View> forWorkGroup(Terms group, Collection<EnrolmentStatus> statuses, Pageable pageable) {
        Page<Enrolment> page = enrolments.findByWorkGroupIdAndStatusInOrderByAppliedAtAscIdAsc(
                group.id(), statuses.isEmpty() ? EnumSet.allOf(EnrolmentStatus.class) : statuses, pageable);
        Map<Long, View> byId = views(page.getContent(), Map.of(group.id(), group.name())).stream()
                .collect(Collectors.toMap(View::id, Function.identity()));
        return page.map(e -> byId.get(e.getId()));
    }

    /** Every application of a work group, for its CSV export. */
    @Transactional(readOnly = true)
    public List<View> allForWorkGroup(long workGroupId) {
        return views(enrolments.findByWorkGroupIdOrderByAppliedAtAscIdAsc(workGroupId));
    }

    @Transactional(readOnly = true)
    public Optional<View> find(long id) {
        return enrolments.findById(id).map(e -> views(List.of(e)).get(0));
    }

    private List<View> views(List<Enrolment> list) {
        return views(list, Map.of());
    }

    /** The applications as views, their work groups named from those given or, for any other, read. */
    private List<View> views(List<Enrolment> list, Map<Long, String> named) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Integer, String> names = schools.namesByUrn(
                list.stream().map(Enrolment::getSchoolUrn).distinct().toList());
        Map<Long, String> groups = new HashMap<>(named);
        List<Long> unnamed = list.stream()
                .map(Enrolment::getWorkGroupId)
                .distinct()
                .filter(id -> !named.containsKey(id))
                .toList();
        if (!unnamed.isEmpty()) {
            workGroups.of(unnamed).forEach(t -> groups.put(t.id(), t.name()));
        }
        Map<Long, List<ParticipantView>> people = participants
                .findByEnrolmentIdInAndReplacedAtIsNullOrderByEnrolmentIdAscPositionAsc(
                        list.stream().map(Enrolment::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        Participant::getEnrolmentId, Collectors.mapping(ParticipantView::of, Collectors.toList())));
        List<View> views = new ArrayList<>();
        for (Enrolment e : list) {
            views.add(new View(
                    e.getId(),
                    e.getHubId(),
                    e.getWorkGroupId(),
                    groups.getOrDefault(e.getWorkGroupId(), ""),
                    e.getAcademicYear(),
                    e.getSchoolUrn(),
                    names.getOrDefault(e.getSchoolUrn(), "URN " + e.getSchoolUrn()),
                    e.getStatus(),
                    e.isEligible(),
                    e.getReasonCode(),
                    e.getReason(),
                    e.getOverrideReason(),
                    e.getPriority(),
                    e.getAppliedAt(),
                    e.getAppliedBy(),
                    e.getWithdrawnOn(),
                    e.getWithdrawnBy(),
                    e.getWithdrawalReason(),
                    e.isLateWithdrawal(),
                    people.getOrDefault(e.getId(), List.of())));
        }
        return views;
    }
}

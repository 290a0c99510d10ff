package org.hubcycle.catalogue.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hubcycle.catalogue.CatalogueTerms.OutcomeArea;
import org.hubcycle.catalogue.CatalogueTerms.ProjectType;
import org.hubcycle.catalogue.CatalogueTerms.Section;
import org.hubcycle.catalogue.CatalogueTerms.Stage;
import org.hubcycle.catalogue.domain.InnovationProposal;
import org.hubcycle.catalogue.domain.InnovationProposal.CostLine;
import org.hubcycle.catalogue.domain.InnovationProposalRepository;
import org.hubcycle.catalogue.domain.Project;
import org.hubcycle.catalogue.domain.ProjectRepository;
import org.hubcycle.directory.Hubs;
import org.hubcycle.notifications.Email;
import org.hubcycle.notifications.Outbox;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Phase;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local innovation proposals (seed 002): a hub submits one with its rationale, objectives,
 * schedule, costing and evaluation; the national admin approves it, making it a project of stage
 * Innovation owned by that hub, or declines it with a comment. Each step is an audit event.
 */
@Service
public class Innovation {

    public record Cost(String description, int amountPence) {

        public String amount() {
            return CatalogueViews.money(amountPence, "£0.00");
        }
    }

    public record ProposalRow(long id, String title, String hubName, AcademicYear year, String status, int totalPence) {

        public String total() {
            return CatalogueViews.money(totalPence, "£0.00");
        }
    }

    public record ProposalView(
            long id,
            long hubId,
            String hubName,
            AcademicYear year,
            String title,
            List<String> phases,
            String rationale,
            String objectives,
            String schedule,
            String evaluation,
            List<Cost> costs,
            int totalPence,
            String status,
            String submittedBy,
            java.time.Instant submittedAt,
            String decidedBy,
            java.time.Instant decidedAt,
            String decisionComment,
            String projectCode,
            List<String> phaseNames,
            long version) {

        public String total() {
            return CatalogueViews.money(totalPence, "£0.00");
        }

        public boolean undecided() {
            return "SUBMITTED".equals(status);
        }

        /** The hub may change it and submit it again: before a decision, or after a decline. */
        public boolean changeable() {
            return !"APPROVED".equals(status);
        }

        /** Its phases as the form names them. */
        public List<String> phaseCodes() {
            return phaseNames;
        }
    }

    private final InnovationProposalRepository proposals;
    private final Outbox outbox;
    private final ProjectRepository projects;
    private final Hubs hubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Innovation(
            InnovationProposalRepository proposals,
            ProjectRepository projects,
            Hubs hubs,
            Outbox outbox,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbox = outbox;
        this.proposals = proposals;
        this.projects = projects;
        this.hubs = hubs;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long submit(
            long hubId,
            AcademicYear year,
            String title,
            Set<Phase> phases,
            String rationale,
            String objectives,
            String schedule,
            String evaluation,
            List<Cost> costs,
            String submittedBy) {
        List<CostLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            lines.add(
                    new CostLine(i + 1, costs.get(i).description(), costs.get(i).amountPence()));
        }
        InnovationProposal proposal = proposals.save(new InnovationProposal(
                hubId,
                year,
                title,
                phases,
                rationale,
                objectives,
                schedule,
                evaluation,
                lines,
                submittedBy,
                clock.instant()));
        events.publishEvent(Audited.of(
                "catalogue.innovation-submitted", hubId, title, CatalogueViews.money(proposal.totalPence(), "£0.00")));
        return proposal.getId();
    }

    /**
     * The hub changes a proposal waiting for a decision, or a declined one, and submits it again, unless it was
     * saved or decided since the form was opened on version {@code opened} (null: not said).
     */
    @Transactional
    public void revise(
            long id,
            Long opened,
            String title,
            Set<Phase> phases,
            String rationale,
            String objectives,
            String schedule,
            String evaluation,
            List<Cost> costs,
            String by) {
        InnovationProposal proposal =
                proposals.findById(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        Refused.unlessStill(opened, proposal.getVersion(), "innovation.changedMeanwhile");
        List<CostLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < costs.size(); i++) {
            lines.add(
                    new CostLine(i + 1, costs.get(i).description(), costs.get(i).amountPence()));
        }
        String was = proposal.getStatus().label();
        proposal.revise(title, phases, rationale, objectives, schedule, evaluation, lines, by, clock.instant());
        events.publishEvent(Audited.of(
                "catalogue.innovation-revised",
                proposal.getHubId(),
                title,
                was,
                CatalogueViews.money(proposal.totalPence(), "£0.00")));
    }

    @Transactional(readOnly = true)
    public Page<ProposalRow> list(Pageable pageable) {
        Page<InnovationProposal> page = proposals.findAllByOrderBySubmittedAtDescIdDesc(pageable);
        Map<Long, String> names =
                hubs.namesById(page.stream().map(InnovationProposal::getHubId).collect(Collectors.toSet()));
        return page.map(p -> new ProposalRow(
                p.getId(),
                p.getTitle(),
                names.get(p.getHubId()),
                p.getAcademicYear(),
                p.getStatus().name(),
                p.totalPence()));
    }

    /** A proposal the current user may see; empty for another hub's. */
    @Transactional(readOnly = true)
    public Optional<ProposalView> find(long id) {
        return proposals
                .findById(id)
                .map(p -> new ProposalView(
                        p.getId(),
                        p.getHubId(),
                        hubs.findById(p.getHubId()).map(h -> h.name()).orElse(""),
                        p.getAcademicYear(),
                        p.getTitle(),
                        p.getPhases().stream().map(Catalogue::phaseLabel).toList(),
                        p.getRationale(),
                        p.getObjectives(),
                        p.getSchedule(),
                        p.getEvaluation(),
                        p.getCosts().stream()
                                .map(c -> new Cost(c.description(), c.amountPence()))
                                .toList(),
                        p.totalPence(),
                        p.getStatus().name(),
                        p.getSubmittedBy(),
                        p.getSubmittedAt(),
                        p.getDecidedBy(),
                        p.getDecidedAt(),
                        p.getDecisionComment(),
                        p.getProjectId() == null
                                ? null
                                : projects.findById(p.getProjectId())
                                        .map(Project::getCode)
                                        .orElse(null),
                        p.getPhases().stream().map(Enum::name).toList(),
                        p.getVersion()));
    }

    /** What the national centre decides on a proposal. */
    public enum Verdict {
        APPROVE,
        DECLINE
    }

    /**
     * The national centre's decision: approving needs the catalogue section and the project code the
     * proposal becomes (returned); declining needs the reason the hub is told. Refused, beside the field
     * at fault, when a part is missing; and refused when the hub has revised the proposal since the page it was
     * decided on was opened on version {@code opened} (null: not said).
     */
    @Transactional
    public Optional<String> decide(
            long id,
            Long opened,
            Verdict verdict,
            Section section,
            ProjectCode code,
            String comment,
            String decidedBy) {
        InnovationProposal read = proposals.findById(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        Refused.unlessStill(opened, read.getVersion(), "innovation.decide.changed");
        if (verdict == null) {
            throw new Refused("decision", "innovation.decision.required");
        }
        if (verdict == Verdict.APPROVE) {
            if (section == null) {
                throw new Refused("catalogueSection", "innovation.section.required");
            }
            if (code == null) {
                throw new Refused("code", "project.code.format");
            }
            return Optional.of(approve(id, code, section, comment, decidedBy));
        }
        if (comment == null || comment.isBlank()) {
            throw new Refused("comment", "innovation.decline.reason");
        }
        decline(id, comment.strip(), decidedBy);
        return Optional.empty();
    }

    /** Approves a proposal: it becomes a project of stage Innovation, owned by its hub, under the given code. */
    private String approve(long id, ProjectCode code, Section section, String comment, String decidedBy) {
        InnovationProposal proposal =
                proposals.findById(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        if (projects.existsByCode(code.value())) {
            throw new Refused("code", "project.code.exists", code.toString());
        }
        String costing = proposal.getCosts().stream()
                .map(c -> c.description() + ": " + CatalogueViews.money(c.amountPence(), "£0"))
                .collect(Collectors.joining("; "));
        Project project = projects.save(new Project(
                        code,
                        proposal.getTitle(),
                        proposal.getPhases(),
                        section,
                        "Innovation",
                        ProjectType.WORK_GROUP,
                        Stage.INNOVATION,
                        null)
                .ownedBy(proposal.getHubId())
                .describe(
                        proposal.getRationale() + "\n\nHow it will be evaluated: " + proposal.getEvaluation()
                                + "\n\nCosting (" + CatalogueViews.money(proposal.totalPence(), "£0") + "): " + costing,
                        proposal.getSchedule(),
                        null)
                .withOutcomes(
                        OutcomeArea.PRACTICE,
                        java.util.Arrays.stream(proposal.getObjectives().split("\\n"))
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toArray(String[]::new)));
        proposal.decide(true, comment, decidedBy, clock.instant(), project.getId());
        events.publishEvent(
                Audited.of("catalogue.innovation-approved", proposal.getHubId(), proposal.getTitle(), code, comment)
                        .worded(
                                comment == null
                                        ? "audit.detail.catalogue.innovation-approved"
                                        : "audit.detail.catalogue.innovation-approved.comment"));
        tellHub(proposal, true, code.value(), comment);
        return code.value();
    }

    private void decline(long id, String comment, String decidedBy) {
        InnovationProposal proposal =
                proposals.findById(id).orElseThrow(() -> new NotFoundException("not-found.proposal"));
        proposal.decide(false, comment, decidedBy, clock.instant(), null);
        events.publishEvent(
                Audited.of("catalogue.innovation-declined", proposal.getHubId(), proposal.getTitle(), comment));
        tellHub(proposal, false, null, comment);
    }

    /** Emails the national centre's decision to whoever submitted the proposal. */
    private void tellHub(InnovationProposal proposal, boolean approved, String code, String comment) {
        outbox.queue(Email.of("catalogue.innovation-decided")
                .to(proposal.getSubmittedBy())
                .hub(proposal.getHubId())
                .subject(proposal.getTitle(), approved ? "approved" : "not approved")
                .with("title", proposal.getTitle())
                .with("approved", approved)
                .with("code", code)
                .with("comment", comment)
                .with("id", proposal.getId()));
    }
}

package org.hubcycle.leadership.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.leadership.domain.LeadAgreement;
import org.hubcycle.leadership.domain.LeadAgreementRepository;
import org.hubcycle.leadership.domain.LlmeRepository;
import org.hubcycle.shared.AcademicYear;
import org.hubcycle.shared.Dates;
import org.hubcycle.shared.PersonRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leadership's records of a person: their place on the LLME register (under way until they leave it), and what the hub
 * agreed to pay them (under way until paid).
 */
@Component
class LeadershipPersonRecords implements PersonRecords {

    private final LlmeRepository llmes;
    private final LeadAgreementRepository agreements;
    private final Dates dates;

    LeadershipPersonRecords(LlmeRepository llmes, LeadAgreementRepository agreements, Dates dates) {
        this.llmes = llmes;
        this.agreements = agreements;
        this.dates = dates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> of(long personId) {
        List<Held> held = new ArrayList<>();
        llmes.findByPersonId(personId)
                .ifPresent(llme -> held.add(new Held(
                        10,
                        llme.hasLeft() ? "person.held.llmeLeft" : "person.held.llme",
                        1,
                        llme.hasLeft() ? dates.date(llme.getLeftOn()) : null,
                        "/llmes/" + llme.getId(),
                        !llme.hasLeft())));
        List<LeadAgreement> agreed = agreements.findByPersonIdIn(List.of(personId));
        agreed.stream()
                .max(Comparator.comparing(LeadAgreement::getAcademicYear))
                .ifPresent(latest -> held.add(new Held(
                        40,
                        "person.held.leadAgreements",
                        agreed.size(),
                        latest.getAcademicYear().toString(),
                        "/llmes/payments/" + latest.getAcademicYear().slug(),
                        agreed.stream().anyMatch(agreement -> !agreement.paid()))));
        return held;
    }

    @Override
    public Set<Long> stillNeeded(AcademicYear lastYearDue) {
        Set<Long> needed = new HashSet<>(llmes.onTheRegisterAfter(lastYearDue.lastDay()));
        needed.addAll(agreements.payeesAfter(lastYearDue.startYear()));
        return needed;
    }
}

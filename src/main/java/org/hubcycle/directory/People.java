package org.hubcycle.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hubcycle.directory.domain.Person;
import org.hubcycle.directory.domain.PersonName;
import org.hubcycle.directory.domain.PersonRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.shared.LikePatterns;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.PersonRecords;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SignInAddresses;
import org.hubcycle.shared.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People a hub works with: teachers and leaders, with only what the work needs (name, email,
 * optional TRN, school, job title). A person is recorded once: a second record with the same email
 * or TRN is refused, pointing to the first.
 */
@Service
public class People {

    /** A person as pages and other modules see them. */
    public record PersonView(
            long id,
            String fullName,
            String email,
            String trn,
            Integer schoolUrn,
            String schoolName,
            String jobTitle,
            long version,
            LocalDate detailsErasedOn) {}

    /** What a hub records of a person, as typed: empty TRN and job title for none. */
    public record Details(String fullName, String email, String trn, Integer schoolUrn, String jobTitle) {}

    /** Why a new person was refused: the field at fault, and the existing record when the user may see it. */
    public record Duplicate(String field, String message, Long existingId) {}

    /** The outcome of adding or correcting a person: the record as saved, or the duplicate that stopped it. */
    public record Saved(PersonView person, Duplicate duplicate) {}

    private final PersonRepository people;
    private final Schools schools;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SignInAddresses addresses;
    private final MessageSource messages;
    private final ObjectProvider<PersonRecords> records;

    People(
            PersonRepository people,
            Schools schools,
            ApplicationEventPublisher events,
            Clock clock,
            TransactionTemplate transactions,
            ObjectProvider<SignInAddresses> addresses,
            MessageSource messages,
            ObjectProvider<PersonRecords> records) {
        this.people = people;
        this.schools = schools;
        this.events = events;
        this.clock = clock;
        this.transactions = transactions;
        // The access module answers in the application; a test of a module without it has nobody who signs in.
        this.addresses = addresses.getIfAvailable(() -> email -> false);
        this.messages = messages;
        this.records = records;
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Adds a person unless their email or TRN is already recorded, by any hub. Not one transaction
     * of its own around the check: the check looks across hubs, which {@link HubScope#asSystem}
     * allows only outside a transaction; the database's unique constraints settle a race.
     */
    public Saved add(long hubId, String fullName, String email, String trn, Integer schoolUrn, String jobTitle) {
        String key = normaliseEmail(email);
        String trnKey = Texts.blankToNull(trn);
        Optional<Duplicate> duplicate = duplicate(key, trnKey, null);
        if (duplicate.isPresent()) {
            return new Saved(null, duplicate.get());
        }
        try {
            Person person = transactions.execute(status -> {
                Person saved = people.saveAndFlush(new Person(
                        hubId, fullName.strip(), key, trnKey, schoolUrn, Texts.blankToNull(jobTitle), clock.instant()));
                events.publishEvent(Audited.of("directory.person-added", hubId, saved.getFullName()));
                return saved;
            });
            return new Saved(view(person), null);
        } catch (DataIntegrityViolationException race) {
            return new Saved(null, recordedAMomentAgo());
        }
    }

    /**
     * Corrects a person of the current user's hub, if nobody has saved them since the form was opened on version
     * {@code opened} (null: not said). An email address or TRN another person has is refused as in {@link #add}.
     * An address somebody signs in with is theirs to change, under "Your account" (the change then reaches this
     * record): the hub is refused. A corrected address nobody signs in with is published, so the invitations the
     * hub sent to the old one follow it. Saving what is already recorded changes nothing and is not audited.
     *
     * @throws Refused when the address is one somebody signs in with, or the person changed meanwhile
     */
    public Saved correct(long id, Long opened, Details details, String correctedBy) {
        Person current = people.findById(id).orElseThrow(() -> new NotFoundException("not-found.person"));
        String key = normaliseEmail(details.email());
        String trnKey = Texts.blankToNull(details.trn());
        Optional<Duplicate> duplicate = duplicate(key, trnKey, id);
        if (duplicate.isPresent()) {
            return new Saved(null, duplicate.get());
        }
        if (current.getEmail() != null && !key.equals(current.getEmail()) && addresses.inUse(current.getEmail())) {
            throw new Refused("email", "person.email.signsIn", current.getFullName());
        }
        try {
            Person person = Refused.ifRaced(
                    "person.changedMeanwhile",
                    () -> transactions.execute(status -> correct(id, opened, details, key, trnKey, correctedBy)));
            return new Saved(view(person), null);
        } catch (DataIntegrityViolationException race) {
            return new Saved(null, recordedAMomentAgo());
        }
    }

    private Person correct(long id, Long opened, Details details, String email, String trn, String correctedBy) {
        Person person = people.findById(id).orElseThrow(() -> new NotFoundException("not-found.person"));
        Refused.unlessStill(opened, person.getVersion(), "person.changedMeanwhile");
        String fullName = details.fullName().strip();
        String jobTitle = Texts.blankToNull(details.jobTitle());
        List<String> changed = new ArrayList<>();
        changedIf(!fullName.equals(person.getFullName()), "fullName", changed);
        changedIf(!email.equals(person.getEmail()), "email", changed);
        changedIf(!Objects.equals(trn, person.getTrn()), "trn", changed);
        changedIf(!Objects.equals(details.schoolUrn(), person.getSchoolUrn()), "schoolUrn", changed);
        changedIf(!Objects.equals(jobTitle, person.getJobTitle()), "jobTitle", changed);
        if (changed.isEmpty()) {
            return person;
        }
        String from = person.getEmail();
        person.correct(fullName, email, trn, details.schoolUrn(), jobTitle);
        people.flush();
        events.publishEvent(
                Audited.of("directory.person-corrected", person.getHubId(), fullName, String.join(", ", changed)));
        if (from != null && !email.equals(from)) {
            events.publishEvent(new PersonEmailCorrected(person.getHubId(), fullName, from, email, correctedBy));
        }
        return person;
    }

    /**
     * What Hubcycle keeps that names a person of the current user's hub, every module's, in the order the person's
     * page lists them; empty when nothing does.
     */
    @Transactional(readOnly = true)
    public List<PersonRecords.Held> records(long id) {
        return records.stream()
                .flatMap(module -> module.of(id).stream())
                .sorted(Comparator.comparingInt(PersonRecords.Held::order))
                .toList();
    }

    /**
     * Removes a person of the current user's hub whom nothing in Hubcycle names, if nobody has saved them since the
     * page was opened on version {@code opened} (null: not said): added by mistake, say, or asked to be forgotten.
     * Their details are deleted; the audit log records the removal under their name, as it recorded adding them.
     *
     * @return the name of the person removed
     * @throws Refused when a record names them, even one made a moment ago, or the person changed meanwhile
     */
    public String remove(long id, Long opened) {
        try {
            return Refused.ifRaced(
                    "person.changedMeanwhile",
                    () -> transactions.execute(status -> {
                        Person person =
                                people.findById(id).orElseThrow(() -> new NotFoundException("not-found.person"));
                        Refused.unlessStill(opened, person.getVersion(), "person.changedMeanwhile");
                        if (!records(id).isEmpty()) {
                            throw new Refused(null, "person.remove.held", person.getFullName());
                        }
                        people.delete(person);
                        people.flush();
                        events.publishEvent(
                                Audited.of("directory.person-removed", person.getHubId(), person.getFullName()));
                        return person.getFullName();
                    }));
        } catch (DataIntegrityViolationException named) {
            // A record that names them was saved between the check and the delete: the references refuse it.
            throw new Refused(
                    null,
                    "person.remove.held",
                    find(id).map(PersonView::fullName).orElse(""));
        }
    }

    /**
     * Erases the contact details of a person of the current user's hub whom its records still name, once none of that
     * work is under way (ADR 0048), if nobody has saved them since the page was opened on version {@code opened}: their
     * email address, TRN, school and job title go; their name stays on the records. Asked for by the person, through
     * the hub.
     *
     * @return the person's name
     * @throws Refused when nothing names them (remove them instead), some of their work is under way, their details are
     *     already erased, or the person changed meanwhile
     */
    public String eraseDetails(long id, Long opened) {
        return Refused.ifRaced(
                "person.changedMeanwhile",
                () -> transactions.execute(status -> {
                    Person person = people.findById(id).orElseThrow(() -> new NotFoundException("not-found.person"));
                    Refused.unlessStill(opened, person.getVersion(), "person.changedMeanwhile");
                    if (person.getDetailsErasedOn() != null) {
                        throw new Refused(null, "person.erase.already", person.getFullName());
                    }
                    List<PersonRecords.Held> held = records(id);
                    if (held.isEmpty()) {
                        throw new Refused(null, "person.erase.nothingNames", person.getFullName());
                    }
                    if (held.stream().anyMatch(PersonRecords.Held::underWay)) {
                        throw new Refused(null, "person.erase.underWay", person.getFullName());
                    }
                    person.eraseDetails(LocalDate.now(clock));
                    people.flush();
                    events.publishEvent(
                            Audited.of("directory.person-details-erased", person.getHubId(), person.getFullName()));
                    return person.getFullName();
                }));
    }

    private void changedIf(boolean differs, String field, List<String> changed) {
        if (differs) {
            changed.add(messages.getMessage("person.field." + field, null, Locale.UK));
        }
    }

    /**
     * Another person, of any hub, with this email address or TRN (null: none given); {@code self} is the person
     * being corrected, or null for a new one.
     */
    private Optional<Duplicate> duplicate(String email, String trn, Long self) {
        return duplicateOf("email", other(self, HubScope.asSystem(() -> people.findByEmail(email))), "email address")
                .or(() -> trn == null
                        ? Optional.empty()
                        : duplicateOf(
                                "trn",
                                other(self, HubScope.asSystem(() -> people.findByTrn(trn))),
                                "teacher reference number"));
    }

    private static Optional<Person> other(Long self, Optional<Person> found) {
        return found.filter(p -> !p.getId().equals(self));
    }

    private static Duplicate recordedAMomentAgo() {
        return new Duplicate(
                "email",
                "A person with this email address or teacher reference number "
                        + "was recorded a moment ago: search for them",
                null);
    }

    private Optional<Duplicate> duplicateOf(String field, Optional<Person> existing, String what) {
        return existing.map(person -> HubScope.canSee(person.getHubId())
                ? new Duplicate(
                        field,
                        "A person with this " + what + " is already recorded: " + person.getFullName(),
                        person.getId())
                : new Duplicate(field, "A person with this " + what + " is already recorded by another hub", null));
    }

    @Transactional(readOnly = true)
    public Page<PersonView> list(String query, Pageable pageable) {
        Page<Person> page = query == null || query.isBlank()
                ? people.findAllByOrderByFullNameAscIdAsc(pageable)
                : people.search(LikePatterns.containing(query), pageable);
        return page.map(this::view);
    }

    /** Names of the given people (those the current scope sees), by id, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.namesOf(ids).stream().collect(Collectors.toMap(PersonName::id, PersonName::fullName));
    }

    /** People of the current scope by id (others are left out), with their schools' names read in one query. */
    @Transactional(readOnly = true)
    public Map<Long, PersonView> views(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Person> found = people.findAllById(ids);
        Map<Integer, String> schoolNames = schools.namesByUrn(found.stream()
                .map(Person::getSchoolUrn)
                .filter(Objects::nonNull)
                .toList());
        return found.stream()
                .collect(Collectors.toMap(
                        Person::getId,
                        p -> new PersonView(
                                p.getId(),
                                p.getFullName(),
                                p.getEmail(),
                                p.getTrn(),
                                p.getSchoolUrn(),
                                p.getSchoolUrn() == null ? null : schoolNames.get(p.getSchoolUrn()),
                                p.getJobTitle(),
                                p.getVersion(),
                                p.getDetailsErasedOn())));
    }

    /** Ids of the people (of the current scope) who work at any of these schools. */
    @Transactional(readOnly = true)
    public List<Long> atSchools(Collection<Integer> urns) {
        return urns.isEmpty() ? List.of() : people.idsAtSchools(urns);
    }

    /** The person of the current scope with this email address (compared without case), if any. */
    @Transactional(readOnly = true)
    public Optional<PersonView> findByEmail(String email) {
        return people.findByEmail(normaliseEmail(email)).map(this::view);
    }

    /** A person of the current user's hub; empty for another hub's. */
    @Transactional(readOnly = true)
    public Optional<PersonView> find(long id) {
        return people.findById(id).map(this::view);
    }

    private PersonView view(Person p) {
        String school = p.getSchoolUrn() == null
                ? null
                : schools.find(p.getSchoolUrn()).map(SchoolSummary::name).orElse(null);
        return new PersonView(
                p.getId(),
                p.getFullName(),
                p.getEmail(),
                p.getTrn(),
                p.getSchoolUrn(),
                school,
                p.getJobTitle(),
                p.getVersion(),
                p.getDetailsErasedOn());
    }
}

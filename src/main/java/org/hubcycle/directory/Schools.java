package org.hubcycle.directory;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hubcycle.directory.domain.Hub;
import org.hubcycle.directory.domain.HubArea;
import org.hubcycle.directory.domain.HubAreaRepository;
import org.hubcycle.directory.domain.HubRepository;
import org.hubcycle.directory.domain.School;
import org.hubcycle.directory.domain.SchoolHubChoice;
import org.hubcycle.directory.domain.SchoolHubChoiceRepository;
import org.hubcycle.directory.domain.SchoolLink;
import org.hubcycle.directory.domain.SchoolLinkRepository;
import org.hubcycle.directory.domain.SchoolRepository;
import org.hubcycle.directory.domain.SchoolWord;
import org.hubcycle.directory.domain.SchoolWordRepository;
import org.hubcycle.directory.domain.SchoolWords;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools as GIAS knows them, and the hub each belongs to. Public reference data: any signed-in user may read it. */
@Service
@Transactional(readOnly = true)
public class Schools {

    /** A person's search counts this many matches at most. */
    public static final int COUNTED = 1000;

    private static final long COMMON_WORD = 100;

    /**
     * A word search whose rarest word begins more schools' words than this walks the schools by name
     * instead: reading and sorting every match costs more than finding a page among so many. Measured on
     * the national directory, by words against by name: 'ash' (2,391 words) 2.1 ms against 4.5; 'high'
     * (4,206) and 'st' (5,928) about even at 4 ms; 'c' (13,211) 8–10 ms against 4–5; 'primary' (17,515)
     * 24 ms.
     */
    private static final long ORDERED_BY_WORDS = 4_000;

    private static final Sort BY_NAME = Sort.by("searchName", "urn");

    /** Words searched for beyond this many are ignored: a school's whole name is fewer. */
    private static final int MAX_SEARCH_WORDS = 8;

    private static final Pattern URN = Pattern.compile("\\d{5,7}");
    private static final Pattern POSTCODE = Pattern.compile("[a-z]{1,2}\\d[a-z\\d]?( ?\\d[a-z]{0,2})?");

    private final SchoolRepository schools;
    private final SchoolWordRepository words;
    private final EntityManager entities;
    private final SchoolLinkRepository links;
    private final HubAreaRepository areas;
    private final SchoolHubChoiceRepository choices;
    private final HubRepository hubs;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Map<String, Long> commonWords;

    Schools(
            SchoolRepository schools,
            SchoolWordRepository words,
            EntityManager entities,
            SchoolLinkRepository links,
            HubAreaRepository areas,
            SchoolHubChoiceRepository choices,
            HubRepository hubs,
            ApplicationEventPublisher events,
            Clock clock) {
        this.schools = schools;
        this.words = words;
        this.entities = entities;
        this.links = links;
        this.areas = areas;
        this.choices = choices;
        this.hubs = hubs;
        this.events = events;
        this.clock = clock;
    }

    public Optional<SchoolSummary> find(int urn) {
        return schools.findById(urn).map(Schools::summary);
    }

    /**
     * The school and every establishment it succeeded, following GIAS predecessor links back
     * through conversions and amalgamations, so a converted academy keeps its earlier history.
     * Bounded: at most ten generations.
     */
    public Set<Integer> lineage(int urn) {
        Set<Integer> all = new LinkedHashSet<>(List.of(urn));
        Set<Integer> frontier = Set.of(urn);
        for (int generation = 0; generation < 10 && !frontier.isEmpty(); generation++) {
            frontier = links.findByUrnInAndKind(frontier, "Predecessor").stream()
                    .map(SchoolLink::getLinkUrn)
                    .filter(all::add)
                    .collect(Collectors.toSet());
        }
        return all;
    }

    /** The open school that succeeded a closed one, if GIAS links one. */
    public Optional<SchoolSummary> openSuccessor(int urn) {
        Set<Integer> seen = new LinkedHashSet<>(List.of(urn));
        Set<Integer> frontier = Set.of(urn);
        for (int generation = 0; generation < 10 && !frontier.isEmpty(); generation++) {
            List<Integer> next = links.findByUrnInAndKind(frontier, "Successor").stream()
                    .map(SchoolLink::getLinkUrn)
                    .filter(seen::add)
                    .toList();
            Optional<SchoolSummary> open = schools.findByUrnIn(next).stream()
                    .filter(School::isOpen)
                    .findFirst()
                    .map(Schools::summary);
            if (open.isPresent()) {
                return open;
            }
            frontier = Set.copyOf(next);
        }
        return Optional.empty();
    }

    /** Schools by URN, in one query. */
    public Map<Integer, SchoolSummary> summaries(Collection<Integer> urns) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        // What lists of schools show, read as such: not each school's whole record.
        return entities
                .createQuery(
                        "select new org.hubcycle.directory.SchoolSummary(s.urn, s.name, s.status, s.phase, s.typeName,"
                                + " s.typeGroup, s.laCode, s.town, s.postcode, s.region, s.trustUid, s.trustName,"
                                + " s.ofstedRating, s.percentFsm, s.lowAge, s.highAge) from School s where s.urn in :urns",
                        SchoolSummary.class)
                .setParameter("urns", urns)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(SchoolSummary::urn, s -> s));
    }

    /** Schools' names by URN, in one query. */
    public Map<Integer, String> namesByUrn(Collection<Integer> urns) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        return entities
                .createQuery("select s.urn, s.name from School s where s.urn in :urns", Object[].class)
                .setParameter("urns", urns)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (Integer) row[0], row -> (String) row[1]));
    }

    /** The school's postal address as GIAS has it (street, town, postcode), on one line; empty when it has none. */
    public Optional<String> postalAddress(int urn) {
        return schools.findById(urn)
                .map(s -> java.util.stream.Stream.of(s.getStreet(), s.getTown(), s.getPostcode())
                        .filter(part -> part != null && !part.isBlank())
                        .collect(java.util.stream.Collectors.joining(", ")))
                .filter(address -> !address.isEmpty());
    }

    public SchoolSummary get(int urn) {
        return find(urn).orElseThrow(() -> new NotFoundException("not-found.school"));
    }

    /** Schools matching the search, by name, all of them counted. Every filter is an indexed column. */
    public Page<SchoolSummary> search(SchoolSearch search, Pageable pageable) {
        return schools.findAll(specification(search, commonWords()), byName(pageable))
                .map(Schools::summary);
    }

    /**
     * The same for a person searching: matches are counted up to {@link #COUNTED}, so a broad search (all
     * 50,000 schools, or every name with 'ash' in it) costs no more than a narrow one; {@code more} says
     * that there were more, and the pages stop there.
     */
    public Found find(SchoolSearch search, Pageable pageable) {
        Map<String, Long> common = commonWords();
        List<String> terms = search.filtered() ? List.of() : wordSearch(search.normalisedText(), common);
        if (!terms.isEmpty() && schoolsWith(terms.get(0), common) <= ORDERED_BY_WORDS) {
            return findByWords(terms, pageable);
        }
        Specification<School> specification = specification(search, common);
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> candidates = cb.createQuery(Object[].class);
        Root<School> school = candidates.from(School.class);
        candidates
                .multiselect(school.get("urn"), school.get("searchName"))
                .where(specification.toPredicate(school, candidates, cb));
        List<Object[]> found =
                entities.createQuery(candidates).setMaxResults(COUNTED + 1).getResultList();
        if (found.size() > COUNTED) {
            // The page's URNs ordered by the database (from the postcode index alone for a postcode), then
            // the page's schools by URN: not whole schools ordered, which walked the name index.
            List<SchoolSummary> page =
                    pageable.getOffset() < COUNTED ? inOrder(pageByName(specification, pageable)) : List.of();
            return new Found(new PageImpl<>(page, pageable, COUNTED), true);
        }
        // Few enough to order here: the database would walk the whole name index looking for them.
        List<Integer> urns = found.stream()
                .sorted(Comparator.comparing((Object[] row) -> (String) row[1]).thenComparing(row -> (Integer) row[0]))
                .skip(pageable.getOffset())
                .limit(pageable.getPageSize())
                .map(row -> (Integer) row[0])
                .toList();
        return new Found(new PageImpl<>(inOrder(urns), pageable, found.size()), false);
    }

    /** The URNs of one page of the schools matching, ordered by name. */
    private List<Integer> pageByName(Specification<School> specification, Pageable pageable) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<School> school = query.from(School.class);
        query.select(school.get("urn"))
                .where(specification.toPredicate(school, query, cb))
                .orderBy(cb.asc(school.get("searchName")), cb.asc(school.get("urn")));
        return entities.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
    }

    /**
     * A search by words alone, found and ordered from the words' index: each word carries its school's
     * sort name, so the first {@link #COUNTED} matches by name are one read of an index range, where
     * walking the schools by name would check a thousand of them against their words to fill a page.
     */
    private Found findByWords(List<String> terms, Pageable pageable) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<SchoolWord> word = query.from(SchoolWord.class);
        query.multiselect(word.get("urn"), word.get("searchName"))
                .distinct(true)
                .where(matching(terms, word, query, cb))
                .orderBy(cb.asc(word.get("searchName")), cb.asc(word.get("urn")));
        List<Object[]> found =
                entities.createQuery(query).setMaxResults(COUNTED + 1).getResultList();
        List<Integer> urns = found.stream()
                .limit(COUNTED)
                .skip(pageable.getOffset())
                .limit(pageable.getPageSize())
                .map(row -> (Integer) row[0])
                .toList();
        return new Found(
                new PageImpl<>(inOrder(urns), pageable, Math.min(found.size(), COUNTED)), found.size() > COUNTED);
    }

    /** The schools of these URNs, in their order, in one query. */
    private List<SchoolSummary> inOrder(List<Integer> urns) {
        Map<Integer, SchoolSummary> byUrn = summaries(urns);
        return urns.stream().map(byUrn::get).toList();
    }

    /** A page of schools found, and whether more matched than were counted. */
    public record Found(Page<SchoolSummary> page, boolean more) {}

    private static Pageable byName(Pageable pageable) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_NAME);
    }

    /** The values GIAS gives schools, as Hubcycle holds them: what an eligibility rule may name. */
    public record Vocabulary(List<String> phases, List<String> typeGroups, List<String> ofstedRatings) {}

    @Transactional(readOnly = true)
    public Vocabulary vocabulary() {
        return new Vocabulary(schools.distinctPhases(), schools.distinctTypeGroups(), schools.distinctOfstedRatings());
    }

    /** The hub a school belongs to: the one it chose, if a hub lead recorded a choice, else its local authority's. */
    public Optional<Long> hubOf(int urn) {
        Optional<SchoolHubChoice> choice = choices.findById(urn);
        if (choice.isPresent()) {
            return choice.map(SchoolHubChoice::getHubId);
        }
        return schools.findById(urn).flatMap(school -> hubOf(school, null));
    }

    /** The same, for a school and its choice (or null) already read. */
    public Optional<Long> hubOf(School school, SchoolHubChoice choice) {
        return choice != null
                ? Optional.of(choice.getHubId())
                : areas.findById(school.getLaCode()).map(HubArea::getHubId);
    }

    /**
     * Records that a school chose a hub rather than its local authority's. A hub lead records it for
     * their own hub, and only for a school no other hub has (by area or by an earlier choice); the
     * national admin may move any school, and the move is audited in both hubs.
     */
    @Transactional
    public void recordChoice(int urn, long hubId, String reason, String recordedBy, boolean national) {
        SchoolSummary school = get(urn);
        Optional<Long> current = hubOf(urn);
        if (!national && current.isPresent() && current.get() != hubId) {
            throw new Refused(
                    "reason",
                    "school.choice.otherHub",
                    school.name(),
                    hubs.findById(current.get()).map(Hub::getName).orElse("another hub"));
        }
        choices.findById(urn)
                .ifPresentOrElse(
                        choice -> choice.record(hubId, reason, recordedBy, clock.instant()),
                        () -> choices.save(new SchoolHubChoice(urn, hubId, reason, recordedBy, clock.instant())));
        String subject = school.name() + " (URN " + urn + ")";
        events.publishEvent(Audited.of("directory.school-chose-hub", hubId, subject, reason));
        if (current.isPresent() && current.get() != hubId) {
            String to = hubs.findById(hubId).map(Hub::getName).orElse(null);
            events.publishEvent(Audited.of("directory.school-left-hub", current.get(), subject, to, reason));
        }
    }

    /** Whether a hub lead of this hub may record that the school chose it: no other hub has the school. */
    public boolean mayChoose(int urn, long hubId) {
        return mayChoose(hubOf(urn).orElse(null), hubId);
    }

    /** The same, for a school whose hub (or null) is already known. */
    public static boolean mayChoose(Long schoolsHub, long hubId) {
        return schoolsHub == null || schoolsHub == hubId;
    }

    static Specification<School> specification(SchoolSearch search, Map<String, Long> commonWords) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            String text = search.normalisedText();
            if (!text.isEmpty()) {
                if (URN.matcher(text).matches()) {
                    where.add(cb.equal(root.get("urn"), Integer.valueOf(text)));
                } else if (POSTCODE.matcher(text).matches()) {
                    where.add(cb.like(
                            root.get("searchPostcode"),
                            cb.literal(text.replace(" ", "").toUpperCase(Locale.ROOT) + "%")));
                } else {
                    where.add(words(wordSearch(text, commonWords), root, query, cb));
                }
            }
            equal(where, cb, root.get("phase"), search.phase());
            equal(where, cb, root.get("laCode"), search.la());
            equal(where, cb, root.get("region"), search.region());
            equal(where, cb, root.get("status"), search.status());
            equal(where, cb, root.get("typeGroup"), search.typeGroup());
            if (search.trust() != null) {
                where.add(cb.equal(root.get("trustUid"), search.trust()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * Each word searched for begins one of the school's words ({@link SchoolWords}): one indexed prefix
     * lookup per word, on H2 as on PostgreSQL. Text with no words in it ('%', say) finds nothing.
     *
     * <p>Prefixes here (and postcodes above) are written into the SQL as literals, not bound: they are
     * letters and digits only, so nothing needs escaping, and PostgreSQL then plans each search for its
     * prefix. Bound, a statement prepared for one search is reused with a generic plan that cannot use
     * the prefix index (40 ms instead of 2 for 'st mary' on the national directory).
     */
    private static Predicate words(List<String> terms, Root<School> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        if (terms.isEmpty()) {
            return cb.disjunction();
        }
        Subquery<Integer> schools = query.subquery(Integer.class);
        Root<SchoolWord> first = schools.from(SchoolWord.class);
        schools.select(first.get("urn")).where(matching(terms, first, schools, cb));
        return root.get("urn").in(schools);
    }

    /** The rarest word finds the candidates; each other word is checked on them. */
    private static Predicate[] matching(
            List<String> terms, Root<SchoolWord> first, AbstractQuery<?> query, CriteriaBuilder cb) {
        List<Predicate> each = new ArrayList<>();
        each.add(cb.like(first.get("word"), cb.literal(terms.get(0) + "%")));
        for (String term : terms.subList(1, terms.size())) {
            Subquery<Integer> also = query.subquery(Integer.class);
            Root<SchoolWord> other = also.from(SchoolWord.class);
            also.select(other.get("urn"))
                    .where(
                            cb.equal(other.get("urn"), first.get("urn")),
                            cb.like(other.get("word"), cb.literal(term + "%")));
            each.add(cb.exists(also));
        }
        return each.toArray(Predicate[]::new);
    }

    /** The words of a search by name or town, in {@link #searchOrder}; none for a URN or a postcode. */
    private static List<String> wordSearch(String text, Map<String, Long> commonWords) {
        boolean words = !text.isEmpty()
                && !URN.matcher(text).matches()
                && !POSTCODE.matcher(text).matches();
        return words ? searchOrder(SchoolWords.of(text), commonWords) : List.of();
    }

    /**
     * The words searched for, the rarest first: by how many schools have a common word beginning with it
     * (none, for a word no common word begins with), then the longest. H2 follows the order it is given,
     * and 'st mary primary' led by 'primary' reads 20,000 words instead of 300.
     */
    static List<String> searchOrder(Set<String> terms, Map<String, Long> commonWords) {
        Map<String, Long> schoolsWith = new HashMap<>();
        for (String term : terms) {
            schoolsWith.put(term, schoolsWith(term, commonWords));
        }
        return terms.stream()
                .sorted(Comparator.<String>comparingLong(schoolsWith::get)
                        .thenComparing(Comparator.comparingInt(String::length).reversed()))
                .limit(MAX_SEARCH_WORDS)
                .toList();
    }

    /** About how many schools have a word beginning with this one: none, if no common word does. */
    static long schoolsWith(String term, Map<String, Long> commonWords) {
        return commonWords.entrySet().stream()
                .filter(common -> common.getKey().startsWith(term))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Words at least this many schools share, read once: they change little from one import to the next. */
    private Map<String, Long> commonWords() {
        Map<String, Long> common = commonWords;
        if (common == null) {
            common = words.common(COMMON_WORD).stream()
                    .collect(Collectors.toUnmodifiableMap(row -> (String) row[0], row -> (Long) row[1]));
            commonWords = common;
        }
        return common;
    }

    private static void equal(
            List<Predicate> where, CriteriaBuilder cb, jakarta.persistence.criteria.Path<Object> column, String value) {
        if (value != null && !value.isBlank()) {
            where.add(cb.equal(column, value));
        }
    }

    static SchoolSummary summary(School s) {
        return new SchoolSummary(
                s.getUrn(),
                s.getName(),
                s.getStatus(),
                s.getPhase(),
                s.getTypeName(),
                s.getTypeGroup(),
                s.getLaCode(),
                s.getTown(),
                s.getPostcode(),
                s.getRegion(),
                s.getTrustUid(),
                s.getTrustName(),
                s.getOfstedRating(),
                s.getPercentFsm(),
                s.getLowAge(),
                s.getHighAge());
    }
}

package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.hubcycle.access.domain.AuditEvent;
import org.hubcycle.access.domain.AuditEventRepository;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.catalogue.WorkGroupTerms;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.People;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.HubScope;
import org.hubcycle.support.IntegrationTest;
import org.hubcycle.support.SignedIn;
import org.hubcycle.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The one mechanism that scopes hub-owned records: every query and every load by id. */
@IntegrationTest
class HubScopeTest {

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Hubs hubs;

    @Autowired
    People people;

    @Autowired
    WorkGroupTerms terms;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aHubUserQueriesOnlyTheirOwnHubsRecords() {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        recordAs(SignedIn.HUB_LEAD, Audited.of("test.scope", demo, "demo record"));
        recordAs(SignedIn.HUB_LEAD_2, Audited.of("test.scope", northfield, "northfield record"));
        // Run the same queries unscoped first, so that Hibernate has cached their plans before the hub user runs them.
        HubScope.asSystem(() -> {
            audit.findByTypeOrderByOccurredAtDescIdDesc("test.scope", Pageable.unpaged());
            audit.findTypes();
            users.findAll();
        });

        signIn(SignedIn.HUB_LEAD_2);
        List<AuditEvent> seen = audit.findByTypeOrderByOccurredAtDescIdDesc("test.scope", Pageable.unpaged())
                .getContent();
        assertThat(seen).isNotEmpty().allSatisfy(e -> assertThat(e.getHubId()).isEqualTo(northfield));
        assertThat(users.findAll())
                .extracting(UserAccount::getEmail)
                .contains(SignedIn.HUB_LEAD_2)
                .doesNotContain(SignedIn.HUB_LEAD, SignedIn.NATIONAL);
        assertThat(audit.findTypes()).contains("test.scope");
        // The same query inside a transaction: the transaction manager's EntityManager is scoped too.
        List<AuditEvent> inTransaction = transactions.execute(
                status -> audit.findByTypeOrderByOccurredAtDescIdDesc("test.scope", Pageable.unpaged())
                        .getContent());
        assertThat(inTransaction)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getHubId()).isEqualTo(northfield));
    }

    @Test
    void aLoadByIdOfAnotherHubsRecordFindsNothing() {
        long demoLeadId = HubScope.asSystem(
                () -> users.findByEmail(SignedIn.HUB_LEAD).orElseThrow().getId());
        signIn(SignedIn.HUB_LEAD_2);
        assertThat(users.findById(demoLeadId)).isEmpty();
        signIn(SignedIn.HUB_LEAD);
        assertThat(users.findById(demoLeadId)).isPresent();
    }

    @Test
    void aListOfNamesShowsOnlyTheHubsOwnPeople() {
        // Names are read without the rest of each person (People.namesById): the scope still applies.
        long demo = hubs.getBySlug("demo-maths-hub").id();
        long northfield = hubs.getBySlug("northfield-maths-hub").id();
        long ours = people.add(northfield, "Nadia Scope", Unique.email("nadia"), null, null, null)
                .person()
                .id();
        long theirs = people.add(demo, "Dora Scope", Unique.email("dora"), null, null, null)
                .person()
                .id();
        signIn(SignedIn.HUB_LEAD_2);
        assertThat(people.namesById(List.of(ours, theirs))).isEqualTo(Map.of(ours, "Nadia Scope"));
        signIn(SignedIn.NATIONAL);
        assertThat(people.namesById(List.of(ours, theirs))).containsOnlyKeys(ours, theirs);
    }

    @Test
    void aWorkGroupsTermsAreReadForTheHubsOwnWorkGroupsOnly() {
        // Terms are read as columns of a work group joined to its project (WorkGroupTerms.of): the scope still applies.
        List<Long> everyGroup = jdbc.queryForList("select id from work_group", Long.class);
        long demo = hubs.getBySlug("demo-maths-hub").id();
        signIn(SignedIn.HUB_LEAD);
        List<WorkGroupTerms.Terms> seen = terms.of(everyGroup);
        assertThat(seen).isNotEmpty().hasSizeLessThan(everyGroup.size());
        assertThat(seen).allSatisfy(t -> assertThat(t.hubId()).isEqualTo(demo));
        signIn(SignedIn.NATIONAL);
        assertThat(terms.of(everyGroup)).hasSameSizeAs(everyGroup);
    }

    @Test
    void theNationalAdminSeesEveryHubAndNobodySeesNothing() {
        signIn(SignedIn.NATIONAL);
        assertThat(users.findAll())
                .extracting(UserAccount::getEmail)
                .contains(SignedIn.HUB_LEAD, SignedIn.HUB_LEAD_2, SignedIn.NATIONAL);

        signIn(SignedIn.SCHOOL);
        assertThat(users.findAll()).isEmpty();

        SecurityContextHolder.clearContext();
        assertThat(users.findAll()).isEmpty();
        assertThat(HubScope.asSystem(() -> users.findAll())).isNotEmpty();
    }

    @Test
    void anAuditedActionIsSavedInTheSameTransactionAsTheAction() {
        long demo = hubs.getBySlug("demo-maths-hub").id();
        signIn(SignedIn.HUB_LEAD);
        try {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(Audited.of("test.rolledback", demo, "never happened"));
                status.setRollbackOnly();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(HubScope.asSystem(
                        () -> audit.findByTypeOrderByOccurredAtDescIdDesc("test.rolledback", Pageable.unpaged())
                                .getContent()))
                .isEmpty();
    }

    private void recordAs(String email, Audited action) {
        signIn(email);
        events.publishEvent(action);
        SecurityContextHolder.clearContext();
    }

    private void signIn(String email) {
        UserDetails user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}

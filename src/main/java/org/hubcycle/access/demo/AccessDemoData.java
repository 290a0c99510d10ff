package org.hubcycle.access.demo;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hubcycle.access.domain.UserAccount;
import org.hubcycle.access.domain.UserAccountRepository;
import org.hubcycle.access.internal.Role;
import org.hubcycle.directory.Hubs;
import org.hubcycle.directory.SchoolSearch;
import org.hubcycle.directory.SchoolSummary;
import org.hubcycle.directory.Schools;
import org.hubcycle.shared.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo sign-ins, all with the password {@value #PASSWORD}. Fictional people. */
@Component
@ConditionalOnProperty(name = "hubcycle.demo.enabled", havingValue = "true")
class AccessDemoData implements DemoData {

    static final String PASSWORD = "demo";

    record DemoLogin(String email, String name, Set<Role> roles, String hubSlug) {}

    /** A school contact whose claim to act for a school waits for the hub lead's approval. */
    static final String PENDING_CONTACT = "pending@hubcycle.test";

    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("national@hubcycle.test", "Priya Natarajan", EnumSet.of(Role.NATIONAL_ADMIN), null),
            new DemoLogin("hublead@hubcycle.test", "Tom Ashworth", EnumSet.of(Role.HUB_LEAD), "demo-maths-hub"),
            new DemoLogin(
                    "hublead2@hubcycle.test", "Grace Whitfield", EnumSet.of(Role.HUB_LEAD), "northfield-maths-hub"),
            new DemoLogin(
                    "wgl@hubcycle.test", "Samir Haddad", EnumSet.of(Role.WORK_GROUP_LEAD, Role.LLME), "demo-maths-hub"),
            new DemoLogin("llme@hubcycle.test", "Nadia Okafor", EnumSet.of(Role.LLME), "demo-maths-hub"),
            new DemoLogin("school@hubcycle.test", "Ellen Marsh", EnumSet.of(Role.SCHOOL_CONTACT), null),
            new DemoLogin("participant@hubcycle.test", "Ayesha Brook", EnumSet.of(Role.PARTICIPANT), null),
            new DemoLogin(PENDING_CONTACT, "Dara Whitlock", EnumSet.of(Role.SCHOOL_CONTACT), null));

    private static final Logger log = LoggerFactory.getLogger(AccessDemoData.class);

    private final UserAccountRepository users;
    private final Hubs hubs;
    private final Schools schools;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccessDemoData(
            UserAccountRepository users, Hubs hubs, Schools schools, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.hubs = hubs;
        this.schools = schools;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void load() {
        for (DemoLogin login : LOGINS) {
            if (!users.existsByEmail(login.email())) {
                Long hubId = login.hubSlug() == null
                        ? null
                        : hubs.getBySlug(login.hubSlug()).id();
                UserAccount account = new UserAccount(
                        login.email(),
                        login.name(),
                        passwordEncoder.encode(PASSWORD),
                        login.roles(),
                        hubId,
                        clock.instant());
                Integer school = login.roles().contains(Role.SCHOOL_CONTACT)
                        ? demoSchool(PENDING_CONTACT.equals(login.email()) ? 1 : 0)
                        : null;
                if (school != null && PENDING_CONTACT.equals(login.email())) {
                    account.claimSchool(school);
                } else if (school != null) {
                    account.approvedFor(school);
                }
                users.save(account);
            }
        }
    }

    /**
     * The school a demo school contact acts for: the first open primary school of Demo Maths Hub's first
     * area (the second, for the pending contact).
     */
    private Integer demoSchool(int index) {
        return schools
                .search(new SchoolSearch(null, "Primary", "881", null, "Open", null, null), PageRequest.of(index, 1))
                .stream()
                .findFirst()
                .map(SchoolSummary::urn)
                .orElse(null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (log.isInfoEnabled()) {
            StringBuilder text = new StringBuilder("Demo sign-ins, all with the password '" + PASSWORD + "':");
            LOGINS.forEach(l -> text.append("\n    ")
                    .append(String.format("%-26s", l.email()))
                    .append(l.roles()));
            log.info(text.toString());
        }
    }
}

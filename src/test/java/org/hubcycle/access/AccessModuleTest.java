package org.hubcycle.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.hubcycle.directory.Hubs;
import org.hubcycle.leadership.LeadCommissioned;
import org.hubcycle.support.TestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The access module with the modules it listens to: when leadership commissions a lead, the person
 * gets the work group lead role in that hub, invited if they have no account yet.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AccessModuleTest {

    @Autowired
    Hubs hubs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void commissioningALeadGivesThemTheWorkGroupLeadRole(Scenario scenario) {
        long hub = hubs.getBySlug("demo-maths-hub").id();
        String email = TestKeys.next("commissioned") + "@demo-school.test";
        scenario.publish(new LeadCommissioned(hub, 1L, "Development 9", 0L, "Cass Lead", email, false))
                .customize(when -> when.atMost(Duration.ofSeconds(20)))
                .andWaitForStateChange(() -> invitations(email, "WORK_GROUP_LEAD"), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }

    private int invitations(String email, String role) {
        return jdbc.queryForObject(
                "select count(*) from invitation i join app_user u on u.id = i.user_id where u.email = ? and i.role = ? "
                        + "and u.hub_id = i.hub_id",
                Integer.class,
                email,
                role);
    }
}

package org.hubcycle.improvement.internal;

import org.hubcycle.directory.People;
import org.hubcycle.directory.People.PersonView;
import org.hubcycle.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may reach a project, and do what with it. The hub's team (hub lead and staff) plans and keeps it; its
 * SLEs and NLEs read it and record their visits; the national admin reads every hub's and decides their final
 * reports. Another hub's project, or one a leader does not work on, finds nothing, as an unknown one does.
 */
@Component
public class ProjectAccess {

    /** A project as one person may use it. */
    public record Seen(ProjectView project, PersonView person, boolean team, boolean lead, boolean national) {

        /** Whether they may record visits: the hub's team, or a leader named on the project. */
        public boolean visits() {
            return team || project.leads(person == null ? null : person.id());
        }

        /** Whether they may correct or delete a visit's record: the hub's team any, a leader their own. */
        public boolean corrects(long visitorPersonId) {
            return team || (person != null && person.id() == visitorPersonId);
        }
    }

    private final ImprovementProjects projects;
    private final People people;

    ProjectAccess(ImprovementProjects projects, People people) {
        this.projects = projects;
        this.people = people;
    }

    public Seen read(long id, Authentication user) {
        ProjectView project = projects.find(id);
        Seen seen = new Seen(
                project, person(user), team(user), has(user, "ROLE_HUB_LEAD"), has(user, "ROLE_NATIONAL_ADMIN"));
        if (!seen.team() && !seen.national() && !seen.visits()) {
            throw new NotFoundException("not-found.improvement-project");
        }
        return seen;
    }

    /** The project, for its hub's team to plan and keep. */
    public Seen keep(long id, Authentication user) {
        Seen seen = read(id, user);
        if (!seen.team()) {
            throw new AccessDeniedException("Only the hub's team keeps its improvement projects");
        }
        return seen;
    }

    /** The project, for someone who may record visits to its schools. */
    public Seen visit(long id, Authentication user) {
        Seen seen = read(id, user);
        if (!seen.visits()) {
            throw new AccessDeniedException("Only the hub's team and the project's leaders record its visits");
        }
        return seen;
    }

    public PersonView person(Authentication user) {
        return people.findByEmail(user.getName()).orElse(null);
    }

    public static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    public static boolean team(Authentication user) {
        return has(user, "ROLE_HUB_LEAD") || has(user, "ROLE_HUB_STAFF");
    }
}

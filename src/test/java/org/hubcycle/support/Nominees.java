package org.hubcycle.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hubcycle.catalogue.RequiredRoles;
import org.hubcycle.enrolment.Enrolments.ParticipantInput;

/** Participants a test school nominates: the roles the work group asks for, or one teacher when it asks for none. */
public final class Nominees {

    private Nominees() {}

    public static List<ParticipantInput> forRoles(RequiredRoles required, int urn) {
        List<String> roles = required.isEmpty()
                ? List.of("Teacher")
                : required.roles().stream()
                        .flatMap(r -> Collections.nCopies(r.count(), r.name()).stream())
                        .toList();
        List<ParticipantInput> people = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            people.add(new ParticipantInput(
                    "Participant " + (i + 1), "p" + (i + 1) + "@" + urn + ".test", roles.get(i), roles.get(i), null));
        }
        return people;
    }
}

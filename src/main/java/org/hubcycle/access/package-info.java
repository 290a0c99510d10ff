/** Users, roles, hub scoping of the signed-in user, login, API tokens and audit events. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Access",
        allowedDependencies = {"shared", "directory", "enrolment", "leadership", "notifications"})
package org.hubcycle.access;

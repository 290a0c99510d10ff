/** The email outbox and its delivery. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"shared", "directory"})
package org.hubcycle.notifications;

/** The email outbox and its delivery. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.hubcycle.notifications;

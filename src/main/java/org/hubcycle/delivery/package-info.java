/** Sessions, gap tasks, attendance and support visits. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Delivery",
        allowedDependencies = {"shared", "directory", "catalogue", "enrolment", "notifications"})
package org.hubcycle.delivery;

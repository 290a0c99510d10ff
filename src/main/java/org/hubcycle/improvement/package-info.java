/** School improvement projects: KPIs, risks, governor engagement and monitoring reports. */
@org.springframework.modulith.ApplicationModule(
        displayName = "Improvement",
        allowedDependencies = {"shared", "directory", "leadership", "notifications"})
package org.hubcycle.improvement;

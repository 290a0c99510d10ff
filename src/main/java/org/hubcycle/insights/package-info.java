/** Engagement figures, dashboards, exports and the national roll-up. */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.hubcycle.insights;

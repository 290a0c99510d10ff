/**
 * Open kernel every module may use: academic years, terms and phases, the clock, hub scoping of
 * queries, problem types, demo-data hooks and the web assets of the shared layout.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared kernel",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.hubcycle.shared;

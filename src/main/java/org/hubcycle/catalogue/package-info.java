/** Projects, outcomes, eligibility rules, hub offers, innovation proposals and the published catalogue. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package org.hubcycle.catalogue;

/** School improvement projects: KPIs, risks, governor engagement and monitoring reports. */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement")
package org.hubcycle.improvement;

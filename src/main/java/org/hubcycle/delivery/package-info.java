/** Sessions, gap tasks, attendance and support visits. */
@org.springframework.modulith.ApplicationModule(displayName = "Delivery")
package org.hubcycle.delivery;

/** Users, roles, hub scoping of the signed-in user, login, API tokens and audit events. */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.hubcycle.access;

package org.hubcycle.shared;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one mechanism that scopes hub-owned records to the current user's hub.
 *
 * <p>Every entity that belongs to a hub extends {@link HubOwned}; when a transaction starts,
 * {@link HubScopeConfiguration} turns on a Hibernate filter that limits every query <em>and</em>
 * every load by id of those entities to {@link #current()}'s hub. Native SQL is not filtered: a
 * native query of a hub-owned table must name the hub itself. A national user sees all hubs; a
 * user with no hub, or no user at all, sees none. Pages addressed by a hub (e.g. {@code /hubs/{slug}})
 * call {@link #requireVisible(Long)}, which answers 404 for another hub's address.
 *
 * <p>Work that runs for the system rather than a person (demo data, imports from the command line,
 * scheduled jobs, login itself) runs inside {@link #asSystem(Supplier)}, which sees all hubs.
 */
public final class HubScope {

    /** Name of the Hibernate filter declared on {@link HubOwned}. */
    public static final String FILTER = "hubScope";

    private static final ThreadLocal<Boolean> SYSTEM = ThreadLocal.withInitial(() -> false);

    private HubScope() {}

    /** What the current thread may see. */
    public record Scope(boolean allHubs, Long hubId) {

        static final Scope ALL = new Scope(true, null);
        static final Scope NONE = new Scope(false, null);

        public boolean sees(Long ownerHubId) {
            return allHubs || (hubId != null && hubId.equals(ownerHubId));
        }
    }

    public static Scope current() {
        if (SYSTEM.get()) {
            return Scope.ALL;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HubMember member) {
            if (member.seesAllHubs()) {
                return Scope.ALL;
            }
            return member.hubId() == null ? Scope.NONE : new Scope(false, member.hubId());
        }
        return Scope.NONE;
    }

    public static boolean canSee(Long hubId) {
        return current().sees(hubId);
    }

    /** Answers 404 unless the current user may see the given hub's records. */
    public static void requireVisible(Long hubId) {
        if (!canSee(hubId)) {
            throw new NotFoundException("not-found.hub");
        }
    }

    /** Runs work for the system, seeing every hub. Start transactions inside it, not around it. */
    public static <T> T asSystem(Supplier<T> work) {
        boolean previous = SYSTEM.get();
        SYSTEM.set(true);
        try {
            return work.get();
        } finally {
            SYSTEM.set(previous);
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}

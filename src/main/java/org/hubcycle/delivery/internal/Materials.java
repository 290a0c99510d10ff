package org.hubcycle.delivery.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hubcycle.delivery.domain.DeliverySessionRepository;
import org.hubcycle.delivery.domain.Session;
import org.hubcycle.delivery.domain.SessionMaterial;
import org.hubcycle.delivery.domain.SessionMaterialRepository;
import org.hubcycle.shared.Audited;
import org.hubcycle.shared.NotFoundException;
import org.hubcycle.shared.Refused;
import org.hubcycle.shared.SystemWork;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links to a session's materials, which its leads add and remove, and its participants open from their
 * sessions. Only web addresses (http or https): Hubcycle keeps no files.
 */
@Service
public class Materials {

    /** A material as pages show it. */
    public record Material(long id, long sessionId, String title, String url) {}

    private final SessionMaterialRepository materials;
    private final DeliverySessionRepository sessions;
    private final SystemWork system;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Materials(
            SessionMaterialRepository materials,
            DeliverySessionRepository sessions,
            SystemWork system,
            ApplicationEventPublisher events,
            Clock clock) {
        this.materials = materials;
        this.sessions = sessions;
        this.system = system;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The materials of these sessions, by session, in the order they were added. Read for the system: the
     * caller has already decided the person may see the sessions (a participant's own, a lead's group).
     */
    public Map<Long, List<Material>> of(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        return system.inTransaction(() -> materials.findBySessionIdInOrderById(sessionIds).stream()
                .map(m -> new Material(m.getId(), m.getSessionId(), m.getTitle(), m.getUrl()))
                .collect(Collectors.groupingBy(Material::sessionId)));
    }

    /** A session's lead adds a link to its materials; refused unless it is a whole web address. */
    @Transactional
    public void add(long sessionId, String title, String url, String by) {
        Session session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("not-found.session"));
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new Refused("title", "material.title.required");
        }
        String address = webAddress(url);
        materials.save(new SessionMaterial(session.getHubId(), sessionId, title.strip(), address, by, clock.instant()));
        events.publishEvent(Audited.of(
                "delivery.material-added", session.getHubId(), title.strip(), session.getSequence(), address));
    }

    /** A session's lead removes a link from its materials. */
    @Transactional
    public void remove(long sessionId, long materialId) {
        SessionMaterial material = materials
                .findById(materialId)
                .filter(m -> m.getSessionId() == sessionId)
                .orElseThrow(() -> new NotFoundException("not-found.material"));
        materials.delete(material);
        events.publishEvent(
                Audited.of("delivery.material-removed", material.getHubId(), material.getTitle(), material.getUrl()));
    }

    /** The address as typed, if it is an absolute http or https address with a host; refused otherwise. */
    static String webAddress(String typed) {
        String url = typed == null ? "" : typed.strip();
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 1000) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new Refused("url", "material.url.invalid");
    }
}

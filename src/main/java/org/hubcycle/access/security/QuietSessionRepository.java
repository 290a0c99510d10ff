package org.hubcycle.access.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's JDBC repository, with two writes and reads fewer per page:
 * <ul>
 *   <li>a session's last-access time is written at most once a {@link #TOUCH_EVERY minute}, not on every
 *   request (the session lives eight hours, so a minute's difference in when it expires does not matter);
 *   </li>
 *   <li>the filter's look-up of the session it has just saved, at the end of every request (Spring Session
 *   issue 1731), is answered with that session instead of reading it back from the database.</li>
 * </ul>
 * Only within a request ({@link #duringRequest}): nothing of one request is left for the next, and work
 * outside requests always reads the database.
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<Session> {

    static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    /** Within a request: the session it saved last, until the filter looks it up. */
    private static final ThreadLocal<Session[]> SAVED_IN_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> sessions;

    @SuppressWarnings("unchecked")
    QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    }

    /** Runs a request; what it saved is forgotten when it ends. */
    static void duringRequest(ServletWork request) throws IOException, ServletException {
        SAVED_IN_REQUEST.set(new Session[1]);
        try {
            request.run();
        } finally {
            SAVED_IN_REQUEST.remove();
        }
    }

    @FunctionalInterface
    interface ServletWork {
        void run() throws IOException, ServletException;
    }

    @Override
    public Session createSession() {
        return sessions.createSession();
    }

    @Override
    public void save(Session session) {
        sessions.save(session instanceof Touched touched ? touched.session : session);
        Session[] saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved[0] = session;
        }
    }

    @Override
    public Session findById(String id) {
        Session[] saved = SAVED_IN_REQUEST.get();
        if (saved != null && saved[0] != null && saved[0].getId().equals(id) && !saved[0].isExpired()) {
            Session session = saved[0];
            saved[0] = null;
            return session;
        }
        Session found = sessions.findById(id);
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        Session[] saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved[0] = null;
        }
        sessions.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return sessions.findByIndexNameAndIndexValue(indexName, indexValue);
    }

    /** A stored session whose last-access time moves only when it is a minute old. */
    private static final class Touched implements Session {

        private final Session session;

        Touched(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(session.getLastAccessedTime(), lastAccessedTime)
                            .compareTo(TOUCH_EVERY)
                    >= 0) {
                session.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}

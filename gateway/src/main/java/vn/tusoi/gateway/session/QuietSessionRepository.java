package vn.tusoi.gateway.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The shared session store, written only when a session changed. Every request through the gateway reads its
 * session; without this, every request also wrote it back (its last access time), a database transaction per API
 * call. Here the last access is written at most once per {@code quietPeriod} (a session may so expire up to that much
 * earlier than its timeout), and a session nobody changed is not written at all. Within a {@linkplain #request()
 * request}, a session is read from the store once: the session filter looks it up again after writing it.
 */
public final class QuietSessionRepository<S extends Session> implements SessionRepository<QuietSessionRepository.Tracked> {

    private final SessionRepository<S> store;
    private final Duration quietPeriod;
    private final ThreadLocal<Map<String, Tracked>> readInRequest = new ThreadLocal<>();

    public QuietSessionRepository(SessionRepository<S> store, Duration quietPeriod) {
        this.store = store;
        this.quietPeriod = quietPeriod;
    }

    @Override
    public Tracked createSession() {
        return new Tracked(store.createSession(), quietPeriod, true);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Tracked session) {
        if (session.dirty) {
            if (session.pendingAccess != null) {
                session.stored.setLastAccessedTime(session.pendingAccess);
                session.pendingAccess = null;
            }
            store.save((S) session.stored);
            session.dirty = false;
        }
    }

    @Override
    public Tracked findById(String id) {
        Map<String, Tracked> read = readInRequest.get();
        if (read != null && read.containsKey(id)) {
            return read.get(id); // null for a session the store did not have
        }
        S found = store.findById(id);
        Tracked tracked = found == null ? null : new Tracked(found, quietPeriod, false);
        if (read != null) {
            read.put(id, tracked);
        }
        return tracked;
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
        Map<String, Tracked> read = readInRequest.get();
        if (read != null) {
            read.put(id, null);
        }
    }

    /**
     * Opens the scope of one request on this thread, until closed: sessions read in it are read from the store once.
     * A scope opened inside another (a nested dispatch) belongs to the outer one.
     */
    public RequestScope request() {
        if (readInRequest.get() != null) {
            return () -> { };
        }
        readInRequest.set(new HashMap<>());
        return readInRequest::remove;
    }

    /** The scope of one request; closing it forgets what was read. */
    @FunctionalInterface
    public interface RequestScope extends AutoCloseable {
        @Override
        void close();
    }

    /** A session as the store holds it, remembering whether anything was changed since it was read. */
    public static final class Tracked implements Session {

        private final Session stored;
        private final Duration quietPeriod;
        private boolean dirty;
        /** The last access not written yet: written with the next change, or once the quiet period has passed. */
        private Instant pendingAccess;

        Tracked(Session stored, Duration quietPeriod, boolean dirty) {
            this.stored = stored;
            this.quietPeriod = quietPeriod;
            this.dirty = dirty;
        }

        boolean isDirty() {
            return dirty;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            dirty = true;
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            dirty = true;
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            if (stored.getAttributeNames().contains(name)) {
                dirty = true;
                stored.removeAttribute(name);
            }
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(quietPeriod) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
                pendingAccess = null;
                dirty = true;
            } else {
                pendingAccess = lastAccessedTime;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return pendingAccess != null ? pendingAccess : stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(stored.getMaxInactiveInterval())) {
                dirty = true;
                stored.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}

package vn.tusoi.gateway.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/** What reaches the session store: a write only when something changed, the last access at most once a minute. */
class QuietSessionRepositoryTest {

    static final Instant T0 = Instant.parse("2026-12-07T03:00:00Z");

    final List<String> writes = new ArrayList<>();
    final List<String> reads = new ArrayList<>();
    final QuietSessionRepository<MapSession> quiet = new QuietSessionRepository<>(new CountingStore(), Duration.ofMinutes(1));

    /** Sessions in memory, copied in and out as a database would; every write counted. */
    final class CountingStore extends MapSessionRepository {
        CountingStore() {
            super(new ConcurrentHashMap<>());
        }

        @Override
        public void save(MapSession session) {
            writes.add(session.getId());
            super.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.add(id);
            return super.findById(id);
        }
    }

    String loggedIn() {
        var session = quiet.createSession();
        session.setMaxInactiveInterval(Duration.ofSeconds(-1)); // never expires by the machine's clock
        session.setLastAccessedTime(T0);
        session.setAttribute("SPRING_SECURITY_CONTEXT", "context");
        quiet.save(session);
        writes.clear();
        return session.getId();
    }

    @Test
    void aNewSessionIsWritten() {
        var session = quiet.createSession();
        quiet.save(session);
        assertThat(writes).containsExactly(session.getId());
    }

    @Test
    void aRequestThatChangesNothingWritesNothing() {
        String id = loggedIn();
        for (int second = 1; second < 60; second += 7) {
            var session = quiet.findById(id);
            session.setLastAccessedTime(T0.plusSeconds(second));
            assertThat((String) session.getAttribute("SPRING_SECURITY_CONTEXT")).isEqualTo("context");
            quiet.save(session);
        }
        assertThat(writes).isEmpty();
    }

    @Test
    void theLastAccessIsWrittenOnceTheQuietPeriodHasPassed() {
        String id = loggedIn();
        var session = quiet.findById(id);
        session.setLastAccessedTime(T0.plusSeconds(61));
        quiet.save(session);
        assertThat(writes).containsExactly(id);
        assertThat(quiet.findById(id).getLastAccessedTime()).isEqualTo(T0.plusSeconds(61));
    }

    @Test
    void aChangedAttributeIsWrittenWithTheLastAccess() {
        String id = loggedIn();
        var session = quiet.findById(id);
        session.setLastAccessedTime(T0.plusSeconds(5));
        session.setAttribute("tokens", "refreshed");
        quiet.save(session);
        assertThat(writes).containsExactly(id);
        Session stored = quiet.findById(id);
        assertThat((String) stored.getAttribute("tokens")).isEqualTo("refreshed");
        assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void removingAnAttributeThatIsNotThereChangesNothing() {
        String id = loggedIn();
        var session = quiet.findById(id);
        session.removeAttribute("SPRING_SECURITY_SAVED_REQUEST");
        quiet.save(session);
        assertThat(writes).isEmpty();
        session.removeAttribute("SPRING_SECURITY_CONTEXT");
        quiet.save(session);
        assertThat(writes).containsExactly(id);
    }

    @Test
    void aNewIdAtLoginIsWritten() {
        String id = loggedIn();
        var session = quiet.findById(id);
        String renewed = session.changeSessionId();
        quiet.save(session);
        assertThat(writes).containsExactly(renewed);
    }

    @Test
    void aDeletedSessionIsGone() {
        String id = loggedIn();
        quiet.deleteById(id);
        assertThat(quiet.findById(id)).isNull();
    }

    @Test
    void withinOneRequestASessionIsReadFromTheStoreOnce() {
        String id = loggedIn();
        try (var request = quiet.request()) {
            var session = quiet.findById(id);
            quiet.save(session); // as the session filter commits when the response is committed, then looks it up again
            assertThat(quiet.findById(id)).isSameAs(session);
            try (var nested = quiet.request()) { // an error dispatch within the same request
                assertThat(quiet.findById(id)).isSameAs(session);
            }
            assertThat(quiet.findById(id)).isSameAs(session);
        }
        assertThat(reads).containsExactly(id);
    }

    @Test
    void theNextRequestReadsTheSessionAfresh() {
        String id = loggedIn();
        try (var request = quiet.request()) {
            quiet.findById(id);
        }
        try (var request = quiet.request()) {
            quiet.findById(id);
        }
        quiet.findById(id); // outside any request, nothing is kept
        assertThat(reads).containsExactly(id, id, id);
    }

    @Test
    void aSessionDeletedWithinTheRequestIsNotFoundAgain() {
        String id = loggedIn();
        try (var request = quiet.request()) {
            quiet.findById(id);
            quiet.deleteById(id);
            assertThat(quiet.findById(id)).isNull();
        }
        assertThat(reads).containsExactly(id);
    }

    @Test
    void anUnknownSessionIsLookedUpOncePerRequest() {
        try (var request = quiet.request()) { // a cookie of an expired session, on the way to the login page
            assertThat(quiet.findById("expired")).isNull();
            assertThat(quiet.findById("expired")).isNull();
        }
        assertThat(reads).containsExactly("expired");
    }
}

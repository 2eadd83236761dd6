package vn.tusoi.org.member;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.bulk.BulkOutcome;
import vn.tusoi.org.bulk.Progress;
import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Applies the rows of a member import in one transaction: every row is checked against the members and units on
 * record first, and if any row has a problem nothing is written. New members are inserted in JDBC batches;
 * members whose details changed are updated (a new chi bộ is recorded as a transfer) and audited with before and
 * after. One outbox event per import sends the members' new state to other services.
 */
@Component
public class MemberImport {

    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);
    /** A row matching a member outside the caller's scope: the same words whatever matched, and no name. */
    private static final String OUTSIDE_SCOPE = "import.member.outside-scope";
    private static final int BATCH = 1_000;
    private static final int LOOKUP_CHUNK = 2_000;
    private static final String MEMBER_COLUMNS = """
            m.id, m.full_name, m.date_of_birth, m.gender, m.party_card_number, m.citizen_id, m.joined_on,
            m.official_on, m.email, m.mobile, m.home_unit_id, m.holds_leadership_post,
            m.outside_political_system, m.status""";

    private record Cell(UUID id, String name, String typeCode, String path, boolean active) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberImport(JdbcClient jdbc, JdbcTemplate batch, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BulkOutcome apply(List<MemberRow> rows, UUID jobId, Caller caller, CallerScope scope, Progress progress,
            boolean checkOnly) {
        long tStart = System.nanoTime();
        Map<String, Cell> cells = cellsByCode();
        Map<UUID, String> paths = new HashMap<>();
        cells.values().forEach(cell -> paths.put(cell.id(), cell.path()));
        Map<UUID, StoredMember> existing = lockExisting(rows, paths);
        Map<UUID, StoredMember> byId = existing;
        Map<String, StoredMember> byCard = index(existing, StoredMember::partyCardNumber);
        Map<String, StoredMember> byCitizenId = index(existing, StoredMember::citizenId);

        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> cardRows = new HashMap<>();
        Map<String, Integer> citizenRows = new HashMap<>();
        Map<UUID, Integer> idRows = new HashMap<>();
        List<StoredMember> inserts = new ArrayList<>();
        List<StoredMember[]> updates = new ArrayList<>();
        int unchanged = 0;
        for (MemberRow row : rows) {
            int before = problems.size();
            duplicateInFile(row, row.id(), idRows, MemberRow.ID, problems);
            duplicateInFile(row, row.partyCardNumber(), cardRows, MemberRow.PARTY_CARD_NUMBER, problems);
            duplicateInFile(row, row.citizenId(), citizenRows, MemberRow.CITIZEN_ID, problems);
            Cell cell = checkCell(row, cells, scope, problems);
            StoredMember match = row.id() != null ? byId.get(row.id()) : null;
            if (match == null && row.id() == null && row.partyCardNumber() != null) {
                match = byCard.get(row.partyCardNumber());
            }
            if (match == null && row.id() == null && row.citizenId() != null) {
                match = byCitizenId.get(row.citizenId());
            }
            UUID id = match != null ? match.id() : row.id() != null ? row.id() : Ids.newId();
            belongsToOther(row, row.partyCardNumber(), byCard, id, MemberRow.PARTY_CARD_NUMBER,
                    "import.member.card-of-other", scope, problems);
            belongsToOther(row, row.citizenId(), byCitizenId, id, MemberRow.CITIZEN_ID,
                    "import.member.citizen-id-of-other", scope, problems);
            if (match != null && !scope.canManage(match.homeUnitPath())) {
                problems.add(RowProblem.of(row.row(), null, OUTSIDE_SCOPE));
            } else if (match != null && match.status() != Member.Status.ACTIVE) {
                problems.add(RowProblem.of(row.row(), null, "member.status.not-active", match.fullName()));
            }
            if (problems.size() > before) {
                continue;
            }
            StoredMember wanted = StoredMember.of(row, id, cell.id(), cell.path());
            if (match == null) {
                inserts.add(wanted);
            } else if (match.sameAs(wanted)) {
                unchanged++;
            } else {
                updates.add(new StoredMember[] {match, wanted});
            }
        }
        if (!problems.isEmpty() || checkOnly) {
            return BulkOutcome.rejected(problems);
        }
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        insert(inserts, jobId, now, progress);
        log.info("Import {}: {} rows checked in {} ms, {} inserted in {} ms", jobId, rows.size(),
                (t0 - tStart) / 1_000_000, inserts.size(), (System.nanoTime() - t0) / 1_000_000);
        update(updates, jobId, caller, now);
        events.publishEvent(new MembersImported(Ids.newId(), jobId));
        return new BulkOutcome(List.of(), inserts.size(), updates.size(), unchanged);
    }

    private Map<String, Cell> cellsByCode() {
        // unit codes are unique without regard to case, as the database's collation holds them
        Map<String, Cell> cells = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        jdbc.sql("select code, id, name, type_code, path, status from org_unit").query(rs -> {
            cells.put(rs.getString(1), new Cell(UuidBytes.uuid(rs.getBytes(2)), rs.getString(3), rs.getString(4),
                    rs.getString(5), "ACTIVE".equals(rs.getString(6))));
        });
        return cells;
    }

    private static Cell checkCell(MemberRow row, Map<String, Cell> cells, CallerScope scope,
            List<RowProblem> problems) {
        Cell cell = row.homeUnitCode() == null ? null : cells.get(row.homeUnitCode());
        String field = MemberRow.HOME_UNIT_CODE;
        if (cell == null || !scope.canSee(cell.id(), cell.path())) {
            problems.add(RowProblem.of(row.row(), field, "import.unit-code.not-found", row.homeUnitCode()));
        } else if (!cell.active()) {
            problems.add(RowProblem.of(row.row(), field, "unit.parent.closed", cell.name()));
        } else if (!HomeUnits.CELL_TYPES.contains(cell.typeCode())) {
            problems.add(RowProblem.of(row.row(), field, "member.home-unit.not-a-cell", cell.name()));
        } else if (!scope.canManage(cell.path())) {
            problems.add(RowProblem.of(row.row(), field, "unit.manage.forbidden", cell.name()));
        } else {
            return cell;
        }
        return null;
    }

    private static <K> void duplicateInFile(MemberRow row, K key, Map<K, Integer> seen, String field,
            List<RowProblem> problems) {
        if (key == null) {
            return;
        }
        Integer first = seen.putIfAbsent(key, row.row());
        if (first != null) {
            problems.add(RowProblem.of(row.row(), field, "import.duplicate-in-file", key, first));
        }
    }

    /**
     * A key of the row that another member holds. The holder is named only when the caller manages them; a member
     * outside the caller's scope gets the same message as any other row matching outside it, which names nobody.
     */
    private static void belongsToOther(MemberRow row, String key, Map<String, StoredMember> owners, UUID id,
            String field, String messageKey, CallerScope scope, List<RowProblem> problems) {
        StoredMember owner = key == null ? null : owners.get(key);
        if (owner == null || owner.id().equals(id)) {
            return;
        }
        problems.add(scope.canManage(owner.homeUnitPath())
                ? RowProblem.of(row.row(), field, messageKey, key, owner.fullName())
                : RowProblem.of(row.row(), field, OUTSIDE_SCOPE));
    }

    /**
     * The members the rows may match (by id, card or citizen id). The keys of all members are scanned once (one
     * pass over a province's members costs less than hundreds of IN lists), then the members that matched are
     * read again with a lock, so nobody changes them between the check and the write. A member enrolled by hand
     * while the import runs makes the import's insert fail on the unique card or citizen id, and the job with it.
     */
    private Map<UUID, StoredMember> lockExisting(List<MemberRow> rows, Map<UUID, String> paths) {
        Set<UUID> ids = new HashSet<>();
        Set<String> cards = new HashSet<>();
        Set<String> citizenIds = new HashSet<>();
        for (MemberRow row : rows) {
            if (row.id() != null) {
                ids.add(row.id());
            }
            if (row.partyCardNumber() != null) {
                cards.add(row.partyCardNumber());
            }
            if (row.citizenId() != null) {
                citizenIds.add(row.citizenId());
            }
        }
        List<UUID> matched = new ArrayList<>();
        jdbc.sql("select id, party_card_number, citizen_id from member").query(rs -> {
            UUID id = UuidBytes.uuid(rs.getBytes(1));
            String card = rs.getString(2);
            String citizenId = rs.getString(3);
            if (ids.contains(id) || (card != null && cards.contains(card))
                    || (citizenId != null && citizenIds.contains(citizenId))) {
                matched.add(id);
            }
        });
        Map<UUID, StoredMember> locked = new HashMap<>();
        for (int from = 0; from < matched.size(); from += LOOKUP_CHUNK) {
            jdbc.sql("select " + MEMBER_COLUMNS + " from member m where m.id in (:ids) for update")
                    .param("ids", matched.subList(from, Math.min(matched.size(), from + LOOKUP_CHUNK)).stream()
                            .map(UuidBytes::of).toList())
                    .query((rs, rowNum) -> stored(rs, paths))
                    .list()
                    .forEach(member -> locked.put(member.id(), member));
        }
        return locked;
    }

    private static StoredMember stored(ResultSet rs, Map<UUID, String> paths) throws SQLException {
        String gender = rs.getString(4);
        UUID home = UuidBytes.uuid(rs.getBytes(11));
        return new StoredMember(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                rs.getObject(3, LocalDate.class), gender == null ? null : Member.Gender.valueOf(gender),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                rs.getString(9), rs.getString(10), home, paths.get(home), rs.getBoolean(12), rs.getBoolean(13),
                Member.Status.valueOf(rs.getString(14)));
    }

    private static Map<String, StoredMember> index(Map<UUID, StoredMember> members,
            Function<StoredMember, String> key) {
        Map<String, StoredMember> byKey = new HashMap<>();
        members.values().stream().filter(member -> key.apply(member) != null)
                .forEach(member -> byKey.put(key.apply(member), member));
        return byKey;
    }

    private void insert(List<StoredMember> inserts, UUID jobId, Instant now, Progress progress) {
        String sql = """
                insert into member (id, full_name, name_search, home_unit_id, status, version, created_at,
                                    updated_at, date_of_birth, gender, party_card_number, citizen_id, joined_on,
                                    official_on, email, mobile, holds_leadership_post, outside_political_system,
                                    import_job_id)
                values (?, ?, ?, ?, 'ACTIVE', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        byte[] job = UuidBytes.of(jobId);
        LocalDateTime at = UtcTimes.of(now);
        for (int from = 0; from < inserts.size(); from += BATCH) {
            List<StoredMember> chunk = inserts.subList(from, Math.min(inserts.size(), from + BATCH));
            batch.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    StoredMember m = chunk.get(i);
                    ps.setBytes(1, UuidBytes.of(m.id()));
                    ps.setString(2, m.fullName());
                    ps.setString(3, VietnameseText.fold(m.fullName()));
                    ps.setBytes(4, UuidBytes.of(m.homeUnitId()));
                    ps.setObject(5, at);
                    ps.setObject(6, at);
                    ps.setObject(7, m.dateOfBirth(), Types.DATE);
                    ps.setString(8, genderName(m));
                    ps.setString(9, m.partyCardNumber());
                    ps.setString(10, m.citizenId());
                    ps.setObject(11, m.joinedOn(), Types.DATE);
                    ps.setObject(12, m.officialOn(), Types.DATE);
                    ps.setString(13, m.email());
                    ps.setString(14, m.mobile());
                    ps.setBoolean(15, m.holdsLeadershipPost());
                    ps.setBoolean(16, m.outsidePoliticalSystem());
                    ps.setBytes(17, job);
                }

                @Override
                public int getBatchSize() {
                    return chunk.size();
                }
            });
            progress.rowsDone(from + chunk.size());
        }
    }

    private void update(List<StoredMember[]> updates, UUID jobId, Caller caller, Instant now) {
        if (updates.isEmpty()) {
            return;
        }
        List<Object[]> args = new ArrayList<>(updates.size());
        List<Object[]> transfers = new ArrayList<>();
        List<AuditLog.Change> changes = new ArrayList<>(updates.size());
        LocalDate today = LocalDate.now(clock);
        for (StoredMember[] pair : updates) {
            StoredMember was = pair[0];
            StoredMember m = pair[1];
            args.add(new Object[] {m.fullName(), VietnameseText.fold(m.fullName()), UuidBytes.of(m.homeUnitId()),
                    UtcTimes.of(now), m.dateOfBirth(), genderName(m), m.partyCardNumber(), m.citizenId(),
                    m.joinedOn(), m.officialOn(), m.email(), m.mobile(), m.holdsLeadershipPost(),
                    m.outsidePoliticalSystem(), UuidBytes.of(jobId), UuidBytes.of(m.id())});
            if (!was.homeUnitId().equals(m.homeUnitId())) {
                transfers.add(new Object[] {UuidBytes.of(Ids.newId()), UuidBytes.of(m.id()),
                        UuidBytes.of(was.homeUnitId()), UuidBytes.of(m.homeUnitId()), today, UtcTimes.of(now),
                        caller.subject()});
            }
            changes.add(new AuditLog.Change(m.id(), was.view(), m.view()));
        }
        batch.batchUpdate("""
                update member set full_name = ?, name_search = ?, home_unit_id = ?, updated_at = ?, version = version + 1,
                       date_of_birth = ?, gender = ?, party_card_number = ?, citizen_id = ?, joined_on = ?,
                       official_on = ?, email = ?, mobile = ?, holds_leadership_post = ?,
                       outside_political_system = ?, import_job_id = ?
                where id = ?
                """, args);
        if (!transfers.isEmpty()) {
            batch.batchUpdate("""
                    insert into member_transfer (id, member_id, from_unit_id, to_unit_id, transferred_on, recorded_at,
                                                 actor)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, transfers);
        }
        audit.recordAll(caller, "IMPORT_UPDATE", MemberService.AUDIT_TYPE, changes);
    }

    private static String genderName(StoredMember member) {
        return member.gender() == null ? null : member.gender().name();
    }
}

package vn.tusoi.org.imports;

import java.io.ByteArrayOutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Import jobs, their files and their row problems. */
@Repository
class ImportJobs {

    /** Files are stored in pieces well under the server's max_allowed_packet. */
    private static final int CHUNK = 1 << 20;
    static final int MAX_STORED_PROBLEMS = 10_000;

    private static final String COLUMNS = """
            id, kind, file_name, file_format, file_size, status, total_rows, phase_rows, rows_done, created_count,
            updated_count, unchanged_count, error_count, actor, actor_member, actor_roles, attempts, failure_key,
            submitted_at, started_at, finished_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    ImportJobs(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    void create(UUID id, ImportKind kind, String fileName, SpreadsheetFormat format, byte[] content, Caller caller) {
        jdbc.sql("""
                insert into import_job (id, kind, file_name, file_format, file_size, status, actor, actor_member,
                                        actor_roles, submitted_at)
                values (?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(id), kind.name(), fileName, format.name(), content.length, caller.subject(),
                        caller.memberId().map(UuidBytes::of).orElse(null), String.join(",", caller.roles()),
                        UtcTimes.of(clock.instant()))
                .update();
        List<Object[]> chunks = new ArrayList<>();
        for (int offset = 0, seq = 0; offset < content.length; offset += CHUNK, seq++) {
            byte[] piece = java.util.Arrays.copyOfRange(content, offset, Math.min(content.length, offset + CHUNK));
            chunks.add(new Object[] {UuidBytes.of(id), seq, piece});
        }
        batch.batchUpdate("insert into import_job_file (job_id, seq, content) values (?, ?, ?)", chunks);
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from import_job where id = ?").param(UuidBytes.of(id))
                .query((rs, row) -> job(rs)).optional();
    }

    byte[] file(UUID id) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        jdbc.sql("select content from import_job_file where job_id = ? order by seq").param(UuidBytes.of(id))
                .query(rs -> {
                    content.writeBytes(rs.getBytes(1));
                });
        return content.toByteArray();
    }

    /**
     * Claims the oldest job nobody is running: a queued one, or one whose runner stopped sending heartbeats
     * (its process died). Two instances never claim the same job: the update is conditional.
     */
    Optional<ImportJob> claimNext(String runner, Duration staleAfter) {
        var now = clock.instant();
        List<UUID> candidates = jdbc.sql("""
                select id from import_job
                where status = 'QUEUED' or (status in ('VALIDATING', 'APPLYING') and heartbeat_at < ?)
                order by submitted_at limit 5
                """)
                .param(UtcTimes.of(now.minus(staleAfter)))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
        for (UUID id : candidates) {
            int claimed = jdbc.sql("""
                    update import_job set status = 'VALIDATING', claimed_by = ?, heartbeat_at = ?,
                           started_at = coalesce(started_at, ?), attempts = attempts + 1, rows_done = 0
                    where id = ? and (status = 'QUEUED' or (status in ('VALIDATING', 'APPLYING') and heartbeat_at < ?))
                    """)
                    .params(runner, UtcTimes.of(now), UtcTimes.of(now), UuidBytes.of(id),
                            UtcTimes.of(now.minus(staleAfter)))
                    .update();
            if (claimed == 1) {
                return find(id);
            }
        }
        return Optional.empty();
    }

    void heartbeat(String runner) {
        jdbc.sql("update import_job set heartbeat_at = ? where claimed_by = ? and status in ('VALIDATING', 'APPLYING')")
                .params(UtcTimes.of(clock.instant()), runner).update();
    }

    void progress(UUID id, ImportStatus phase, Integer totalRows, int phaseRows, int rowsDone) {
        jdbc.sql("""
                update import_job set status = ?, total_rows = coalesce(?, total_rows), phase_rows = ?, rows_done = ?,
                       heartbeat_at = ?
                where id = ?
                """)
                .params(phase.name(), totalRows, phaseRows, rowsDone, UtcTimes.of(clock.instant()), UuidBytes.of(id))
                .update();
    }

    void succeeded(UUID id, int created, int updated, int unchanged) {
        finish(id, ImportStatus.SUCCEEDED, created, updated, unchanged, 0, null);
    }

    void rejected(UUID id, List<RowProblem> problems, ImportKind kind) {
        jdbc.sql("delete from import_row_error where job_id = ?").param(UuidBytes.of(id)).update();
        List<Object[]> rows = new ArrayList<>();
        int seq = 0;
        for (RowProblem problem : problems.subList(0, Math.min(problems.size(), MAX_STORED_PROBLEMS))) {
            String arguments = String.join("\u001F", problem.arguments());
            rows.add(new Object[] {UuidBytes.of(id), seq++, problem.row(), kind.headerOf(problem.field()),
                    problem.messageKey(), arguments.length() > 1000 ? arguments.substring(0, 1000) : arguments});
        }
        batch.batchUpdate("""
                insert into import_row_error (job_id, seq, row_no, column_name, message_key, message_args)
                values (?, ?, ?, ?, ?, ?)
                """, rows);
        finish(id, ImportStatus.REJECTED, 0, 0, 0, problems.size(), null);
    }

    void failed(UUID id, String failureKey) {
        finish(id, ImportStatus.FAILED, 0, 0, 0, 0, failureKey);
    }

    /** A final status; the file goes (it holds personal data and is no longer needed). */
    private void finish(UUID id, ImportStatus status, int created, int updated, int unchanged, int errors,
            String failureKey) {
        jdbc.sql("""
                update import_job set status = ?, created_count = ?, updated_count = ?, unchanged_count = ?,
                       error_count = ?, failure_key = ?, finished_at = ?, claimed_by = null
                where id = ?
                """)
                .params(status.name(), created, updated, unchanged, errors, failureKey,
                        UtcTimes.of(clock.instant()), UuidBytes.of(id))
                .update();
        jdbc.sql("delete from import_job_file where job_id = ?").param(UuidBytes.of(id)).update();
    }

    List<StoredProblem> problems(UUID id, int page, int size) {
        return jdbc.sql("""
                select row_no, column_name, message_key, message_args from import_row_error where job_id = ?
                order by seq limit ? offset ?
                """)
                .params(UuidBytes.of(id), size, page * size)
                .query((rs, row) -> new StoredProblem(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null || rs.getString(4).isEmpty() ? new String[0]
                                : rs.getString(4).split("\u001F", -1)))
                .list();
    }

    record StoredProblem(int row, String column, String messageKey, String[] arguments) {
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        return new ImportJob(UuidBytes.uuid(rs.getBytes(1)), ImportKind.valueOf(rs.getString(2)), rs.getString(3),
                SpreadsheetFormat.valueOf(rs.getString(4)), rs.getLong(5), ImportStatus.valueOf(rs.getString(6)),
                (Integer) rs.getObject(7, Integer.class), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getString(14), UuidBytes.uuid(rs.getBytes(15)), rs.getString(16),
                rs.getInt(17), rs.getString(18), UtcTimes.instant(rs, 19), UtcTimes.instant(rs, 20),
                UtcTimes.instant(rs, 21));
    }
}

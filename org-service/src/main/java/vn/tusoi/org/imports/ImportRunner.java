package vn.tusoi.org.imports;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.bulk.BulkOutcome;
import vn.tusoi.org.bulk.BulkRejectedException;
import vn.tusoi.org.bulk.Progress;
import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.org.member.MemberImport;
import vn.tusoi.org.member.MemberRow;
import vn.tusoi.org.unit.UnitImport;
import vn.tusoi.org.unit.UnitRow;
import vn.tusoi.platform.security.Caller;

/**
 * Runs import jobs one at a time per instance, on their own thread, so requests are never held up. A job reads
 * its file (stored with it), checks every row, then applies all rows in one transaction together with its own
 * final status: a crash leaves either everything or nothing, and a job whose runner died is picked up again (up
 * to {@code tusoi.imports.max-attempts} times) from its stored file.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final String AUDIT_TYPE = "IMPORT_JOB";
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
    private static final int MAX_ROWS = 300_000;

    private final ImportJobs jobs;
    private final CallerScopes scopes;
    private final MemberImport memberImport;
    private final UnitImport unitImport;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separately;
    private final ExecutorService executor;
    private final Clock clock;
    private final Duration staleAfter;
    private final int maxAttempts;
    private final String runner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final AtomicBoolean draining = new AtomicBoolean();

    ImportRunner(ImportJobs jobs, CallerScopes scopes, MemberImport memberImport, UnitImport unitImport,
            AuditLog audit, PlatformTransactionManager transactions, Clock clock, @Value("${tusoi.imports.stale-after:2m}") Duration staleAfter,
            @Value("${tusoi.imports.max-attempts:3}") int maxAttempts) {
        this.jobs = jobs;
        this.scopes = scopes;
        this.memberImport = memberImport;
        this.unitImport = unitImport;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // one import at a time per instance, on a thread of its own (not the shared task executor): imports are
        // heavy on the database, requests and event fan-outs come first
        this.executor = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("import-"));
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.maxAttempts = maxAttempts;
    }

    /** Starts working through the queue unless this instance already is. */
    void wake() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    Optional<ImportJob> next;
                    while ((next = jobs.claimNext(runner, staleAfter)).isPresent()) {
                        run(next.get());
                    }
                } finally {
                    draining.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAfterStart() {
        wake();
    }

    /** Keeps this instance's running job alive in the others' eyes, and picks up jobs left behind. */
    @Scheduled(fixedDelayString = "${tusoi.imports.poll-interval:10s}")
    void poll() {
        jobs.heartbeat(runner);
        wake();
    }

    void run(ImportJob job) {
        if (job.attempts() > maxAttempts) {
            log.warn("Import {} gave up after {} attempts", job.id(), job.attempts() - 1);
            jobs.failed(job.id(), "import.failed.attempts");
            return;
        }
        log.info("Import {} ({}, {}) started, attempt {}", job.id(), job.kind(), job.fileName(), job.attempts());
        try {
            byte[] content = jobs.file(job.id());
            List<RowProblem> problems = new ArrayList<>();
            long readStart = System.nanoTime();
            List<Object> rows = read(job, content, problems);
            log.info("Import {}: {} rows read and checked in {} ms", job.id(), rows.size(),
                    (System.nanoTime() - readStart) / 1_000_000);
            if (!problems.isEmpty()) {
                rejectWithRuleProblems(job, rows, problems);
                return;
            }
            apply(job, rows);
        } catch (SpreadsheetReader.UnreadableFileException unreadable) {
            jobs.rejected(job.id(), List.of(RowProblem.of(1, null, "import.file.unreadable")), job.kind());
        } catch (BulkRejectedException rejected) {
            jobs.rejected(job.id(), rejected.problems(), job.kind());
        } catch (RuntimeException failure) {
            log.error("Import {} failed", job.id(), failure);
            jobs.failed(job.id(), "import.failed.error");
        }
    }

    /** Reads every row, checking its format; counts the rows first so progress can be shown in percent. */
    private List<Object> read(ImportJob job, byte[] content, List<RowProblem> problems)
            throws SpreadsheetReader.UnreadableFileException {
        int[] total = {job.format() == SpreadsheetFormat.CSV ? nonEmptyLines(content) - 1 : 0};
        if (job.format() == SpreadsheetFormat.XLSX) {
            SpreadsheetReader.read(content, job.format(), row -> {
                if (row.number() > 1 && !row.isBlank()) {
                    total[0]++;
                }
            });
        }
        if (total[0] > MAX_ROWS) {
            problems.add(RowProblem.of(1, null, "import.file.too-many-rows", MAX_ROWS));
            return List.of();
        }
        separately.executeWithoutResult(tx -> jobs.progress(job.id(), ImportStatus.VALIDATING, total[0], total[0], 0));
        LocalDate today = LocalDate.now(clock);
        List<Object> rows = new ArrayList<>(total[0]);
        Map<String, Integer>[] columns = new Map[1];
        int[] done = {0};
        Progress validating = throttled(rowsDone -> separately.executeWithoutResult(tx -> jobs.progress(job.id(),
                ImportStatus.VALIDATING, null, total[0], rowsDone)));
        SpreadsheetReader.read(content, job.format(), row -> {
            if (columns[0] == null) {
                columns[0] = Headers.locate(job.kind(), row, problems);
                return;
            }
            if (!problems.isEmpty() && problems.get(0).row() == 1 || row.isBlank()) {
                return;
            }
            RowCells cells = new RowCells(row, columns[0], problems);
            Object parsed = job.kind() == ImportKind.MEMBERS ? RowParsers.member(cells, today)
                    : RowParsers.unit(cells);
            if (parsed != null) {
                rows.add(parsed);
            }
            validating.rowsDone(++done[0]);
        });
        if (columns[0] == null) {
            problems.add(RowProblem.of(1, null, "import.file.empty"));
        }
        return rows;
    }

    /** Some rows are malformed: the well-formed ones are still checked, so one report lists everything. */
    private void rejectWithRuleProblems(ImportJob job, List<Object> rows, List<RowProblem> problems) {
        if (problems.get(0).row() > 1) {
            BulkOutcome checked = transaction.execute(tx -> {
                tx.setRollbackOnly();
                return applyRows(job, rows, Progress.NONE, true);
            });
            problems.addAll(checked.problems());
            problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        }
        jobs.rejected(job.id(), problems, job.kind());
        log.info("Import {} rejected: {} problems", job.id(), problems.size());
    }

    /** Rows of a CSV file, for progress: a byte scan is enough (a quoted cell spanning lines is rare). */
    private static int nonEmptyLines(byte[] content) {
        int lines = 0;
        boolean empty = true;
        for (byte b : content) {
            if (b == '\n') {
                lines += empty ? 0 : 1;
                empty = true;
            } else if (b != '\r') {
                empty = false;
            }
        }
        return lines + (empty ? 0 : 1);
    }

    @SuppressWarnings("unchecked")
    private BulkOutcome applyRows(ImportJob job, List<Object> rows, Progress progress, boolean checkOnly) {
        Caller caller = job.caller();
        CallerScope scope = scopes.of(caller);
        return job.kind() == ImportKind.MEMBERS
                ? memberImport.apply((List<MemberRow>) (List<?>) rows, job.id(), caller, scope, progress, checkOnly)
                : unitImport.apply((List<UnitRow>) (List<?>) rows, job.id(), caller, scope, progress, checkOnly);
    }

    private void apply(ImportJob job, List<Object> rows) {
        separately.executeWithoutResult(tx -> jobs.progress(job.id(), ImportStatus.APPLYING, null, rows.size(), 0));
        Progress progress = throttled(done -> separately.executeWithoutResult(
                tx -> jobs.progress(job.id(), ImportStatus.APPLYING, null, rows.size(), done)));
        Caller caller = job.caller();
        BulkOutcome outcome = transaction.execute(tx -> {
            BulkOutcome result = applyRows(job, rows, progress, false);
            if (result.isRejected()) {
                tx.setRollbackOnly();
                return result;
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("kind", job.kind().name());
            summary.put("fileName", job.fileName());
            summary.put("created", result.created());
            summary.put("updated", result.updated());
            summary.put("unchanged", result.unchanged());
            audit.record(caller, "IMPORT", AUDIT_TYPE, job.id(), null, summary);
            jobs.succeeded(job.id(), result.created(), result.updated(), result.unchanged());
            return result;
        });
        if (outcome.isRejected()) {
            jobs.rejected(job.id(), outcome.problems(), job.kind());
            log.info("Import {} rejected: {} problems", job.id(), outcome.problems().size());
        } else {
            log.info("Import {} done: {} created, {} updated, {} unchanged", job.id(), outcome.created(),
                    outcome.updated(), outcome.unchanged());
        }
    }

    /** Progress is written at most once a second: each write is a commit of its own. */
    private static Progress throttled(Consumer<Integer> report) {
        long[] last = {System.nanoTime()};
        return done -> {
            long now = System.nanoTime();
            if (now - last[0] >= PROGRESS_INTERVAL_NANOS) {
                last[0] = now;
                report.accept(done);
            }
        };
    }
}

package vn.tusoi.org.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.web.ApiException;

/** Accepting import files and reporting on their jobs; the work itself is done by {@link ImportRunner}. */
@Service
public class ImportService {

    private final ImportJobs jobs;
    private final ImportRunner runner;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final CallerScopes scopes;

    ImportService(ImportJobs jobs, ImportRunner runner, MessageSource messages,
            PlatformTransactionManager transactionManager, CallerScopes scopes) {
        this.jobs = jobs;
        this.scopes = scopes;
        this.transactions = new TransactionTemplate(transactionManager);
        this.runner = runner;
        this.messages = messages;
    }

    /**
     * Stores the file with a queued job and wakes the runner once the job is committed. Only a system administrator
     * or the holder of an organization administrator's position may import: the role alone manages nothing, and
     * each row is then checked against the subtrees the caller administers.
     */
    @Transactional
    public UUID submit(ImportKind kind, String fileName, byte[] content, Caller caller) {
        CallerScope scope = scopes.of(caller);
        if (!scope.everything() && scope.managedPaths().isEmpty()) {
            throw ApiException.forbidden("import.forbidden");
        }
        SpreadsheetFormat format = SpreadsheetFormat.ofFileName(fileName)
                .orElseThrow(() -> ApiException.badRequest("import.file.format", String.valueOf(fileName)));
        if (content.length == 0) {
            throw ApiException.badRequest("import.file.empty");
        }
        UUID id = Ids.newId();
        jobs.create(id, kind, fileName, format, content, caller);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runner.wake();
            }
        });
        return id;
    }

    /**
     * Imports a file and waits for the job to end: for loading data at start-up (the demo province) through the
     * same path as an upload.
     */
    public ImportJobView importAndWait(ImportKind kind, String fileName, byte[] content, Caller caller,
            Duration timeout) {
        UUID id = transactions.execute(tx -> submit(kind, fileName, content, caller));
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            ImportJob job = jobs.find(id).orElseThrow();
            if (job.status().isFinal()) {
                return view(job, Locale.forLanguageTag("vi-VN"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Import " + id + " did not finish in " + timeout);
    }

    @Transactional(readOnly = true)
    public ImportJobView find(UUID id, Caller caller, Locale locale) {
        return view(visibleJob(id, caller), locale);
    }

    @Transactional(readOnly = true)
    public List<RowErrorView> problems(UUID id, Caller caller, int page, int size, Locale locale) {
        visibleJob(id, caller);
        return jobs.problems(id, page, size).stream()
                .map(problem -> new RowErrorView(problem.row(), problem.column(),
                        messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), locale)))
                .toList();
    }

    /** A job is seen by whoever submitted it and by system administrators. */
    private ImportJob visibleJob(UUID id, Caller caller) {
        return jobs.find(id).filter(job -> caller.isSystemAdmin() || job.actor().equals(caller.subject()))
                .orElseThrow(() -> ApiException.notFound("import.not-found", id));
    }

    private ImportJobView view(ImportJob job, Locale locale) {
        return new ImportJobView(job.id(), job.kind().name(), job.fileName(), job.status().name(), percent(job),
                job.totalRows(), job.rowsDone(), job.created(), job.updated(), job.unchanged(), job.errorCount(),
                job.failureKey() == null ? null : messages.getMessage(job.failureKey(), null, locale),
                job.submittedAt(), job.finishedAt());
    }

    private static int percent(ImportJob job) {
        int phase = job.phaseRows() == 0 ? 0 : Math.min(100, job.rowsDone() * 100 / job.phaseRows());
        return switch (job.status()) {
            case QUEUED -> 0;
            case VALIDATING -> phase / 2;
            case APPLYING -> 50 + phase / 2;
            case SUCCEEDED, REJECTED, FAILED -> 100;
        };
    }
}

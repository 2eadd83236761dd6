package vn.tusoi.org.imports;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import vn.tusoi.platform.security.Caller;

/** An import job as stored. */
record ImportJob(UUID id, ImportKind kind, String fileName, SpreadsheetFormat format, long fileSize,
        ImportStatus status, Integer totalRows, int phaseRows, int rowsDone, int created, int updated, int unchanged,
        int errorCount, String actor, UUID actorMember, String actorRoles, int attempts, String failureKey,
        Instant submittedAt, Instant startedAt, Instant finishedAt) {

    /** The submitter, as their rights are checked again when the job runs. */
    Caller caller() {
        Set<String> roles = actorRoles.isBlank() ? Set.of() : Set.of(actorRoles.split(","));
        return new Caller(actor, Optional.ofNullable(actorMember), roles);
    }
}

package vn.tusoi.org.unit;

import java.util.UUID;

/** An import job created units: one outbox event for the job, fanned out to org.units.v1 after commit. */
record UnitsImported(UUID eventId, UUID jobId) {
}

package vn.tusoi.org.member;

import java.util.UUID;

/** An import job wrote members: one outbox event for the whole job, fanned out to org.members.v1 after commit. */
record MembersImported(UUID eventId, UUID jobId) {
}

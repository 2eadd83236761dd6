-- Who read confidential content (a member's personal data, a review's text), when: the platform's own table in
-- each service's schema that audits reads, with its own history (vn.tusoi.platform.audit.ReadAuditConfiguration)
CREATE TABLE read_audit (
    id           BINARY(16)   NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(255) NOT NULL,
    actor_member BINARY(16)   NULL,
    what         VARCHAR(32)  NOT NULL,
    entity_id    BINARY(16)   NOT NULL,
    INDEX ix_read_audit_entity (entity_id, occurred_at),
    INDEX ix_read_audit_age (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith event publication registry: the transactional outbox for events sent to Kafka.
-- Completed publications are deleted (completion-mode: delete), so the table holds only the backlog.
CREATE TABLE event_publication (
    id                      BINARY(16)   NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512) NOT NULL,
    event_type              VARCHAR(512) NOT NULL,
    serialized_event        MEDIUMTEXT   NOT NULL,
    publication_date        DATETIME(6)  NOT NULL,
    completion_date         DATETIME(6)  NULL,
    status                  VARCHAR(32)  NULL,
    completion_attempts     INT          NOT NULL DEFAULT 0,
    last_resubmission_date  DATETIME(6)  NULL,
    INDEX ix_event_publication_completion (completion_date),
    INDEX ix_event_publication_status (status, publication_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

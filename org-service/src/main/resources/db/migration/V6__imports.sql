-- Rows written by an import carry its job id: the job's events are re-read from the rows themselves.
ALTER TABLE member
    ADD COLUMN import_job_id BINARY(16) NULL,
    ADD INDEX ix_member_import_job (import_job_id, id);

ALTER TABLE org_unit
    ADD COLUMN import_job_id BINARY(16) NULL,
    ADD INDEX ix_org_unit_import_job (import_job_id, id);

-- An import of units or members from a spreadsheet, run in the background; its file is kept until it ends.
CREATE TABLE import_job (
    id              BINARY(16)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    file_format     VARCHAR(8)   NOT NULL,
    file_size       BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    phase_rows      INT          NOT NULL DEFAULT 0,
    total_rows      INT          NULL,
    rows_done       INT          NOT NULL DEFAULT 0,
    created_count   INT          NOT NULL DEFAULT 0,
    updated_count   INT          NOT NULL DEFAULT 0,
    unchanged_count INT          NOT NULL DEFAULT 0,
    error_count     INT          NOT NULL DEFAULT 0,
    actor           VARCHAR(255) NOT NULL,
    actor_member    BINARY(16)   NULL,
    actor_roles     VARCHAR(255) NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    failure_key     VARCHAR(128) NULL,
    claimed_by      VARCHAR(128) NULL,
    submitted_at    DATETIME(6)  NOT NULL,
    started_at      DATETIME(6)  NULL,
    heartbeat_at    DATETIME(6)  NULL,
    finished_at     DATETIME(6)  NULL,
    INDEX ix_import_job_status (status, heartbeat_at),
    INDEX ix_import_job_actor (actor, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_job_file (
    job_id  BINARY(16) NOT NULL,
    seq     INT        NOT NULL,
    content LONGBLOB   NOT NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_file_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Row errors as message keys and arguments, rendered in the reader's language.
CREATE TABLE import_row_error (
    job_id       BINARY(16)    NOT NULL,
    seq          INT           NOT NULL,
    row_no       INT           NOT NULL,
    column_name  VARCHAR(128)  NULL,
    message_key  VARCHAR(128)  NOT NULL,
    message_args VARCHAR(1000) NULL,
    PRIMARY KEY (job_id, seq),
    CONSTRAINT fk_import_error_job FOREIGN KEY (job_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

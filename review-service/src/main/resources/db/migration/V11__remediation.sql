-- Remediation ("tự sửa", HD 43-HD/BTCTW): each weakness of a decided review becomes an item with its owner (the
-- member, or the collective when owner_member_id is null), a deadline, a status and its evidence, followed up with
-- notes. The owner's items of one campaign are carried into the next campaign's section "Kết quả khắc phục...".
CREATE TABLE review_remediation (
    id              BINARY(16)    NOT NULL PRIMARY KEY,
    campaign_id     BINARY(16)    NOT NULL,
    assignment_id   BINARY(16)    NOT NULL,
    place_unit_id   BINARY(16)    NOT NULL,
    owner_member_id BINARY(16)    NULL,
    what            VARCHAR(2000) NOT NULL,
    due_on          DATE          NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    evidence        VARCHAR(4000) NULL,
    version         BIGINT        NOT NULL,
    raised_by       VARCHAR(255)  NOT NULL,
    raised_at       DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    INDEX ix_remediation_assignment (assignment_id),
    INDEX ix_remediation_owner (owner_member_id, place_unit_id),
    INDEX ix_remediation_place (place_unit_id, status, due_on),
    CONSTRAINT fk_remediation_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step and note on an item, kept for good.
CREATE TABLE review_remediation_note (
    id             BINARY(16)    NOT NULL PRIMARY KEY,
    remediation_id BINARY(16)    NOT NULL,
    action         VARCHAR(16)   NOT NULL,
    from_status    VARCHAR(16)   NOT NULL,
    to_status      VARCHAR(16)   NOT NULL,
    body           VARCHAR(4000) NULL,
    actor          VARCHAR(255)  NOT NULL,
    acted_at       DATETIME(6)   NOT NULL,
    INDEX ix_remediation_note_item (remediation_id, acted_at),
    CONSTRAINT fk_remediation_note_item FOREIGN KEY (remediation_id) REFERENCES review_remediation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Launching a campaign: who reviews what where. One row per (campaign, kind, place, member); a collective
-- report has the zero member id, so the unique key makes a second launch add only what is missing.
ALTER TABLE campaign
    ADD COLUMN launched_at    DATETIME(6) NULL,
    ADD COLUMN launch_rounds  INT         NOT NULL DEFAULT 0;

CREATE TABLE review_assignment (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    campaign_id   BINARY(16)   NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    place_unit_id BINARY(16)   NOT NULL,
    member_id     BINARY(16)   NOT NULL,
    template_code VARCHAR(32)  NOT NULL,
    due           DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    launch_round  INT          NOT NULL,
    version       BIGINT       NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    UNIQUE KEY uq_review_assignment (campaign_id, kind, place_unit_id, member_id),
    INDEX ix_review_assignment_member (member_id, campaign_id),
    INDEX ix_review_assignment_round (campaign_id, launch_round, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The text of a report: the current draft (saved over by autosave) and every saved or submitted version.
CREATE TABLE review_report (
    assignment_id       BINARY(16)  NOT NULL PRIMARY KEY,
    content             MEDIUMTEXT  NOT NULL,
    revision            INT         NOT NULL,
    circulated_at       DATETIME(6) NULL,
    planned_meeting_on  DATE        NULL,
    CONSTRAINT fk_review_report_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_report_version (
    assignment_id BINARY(16)   NOT NULL,
    revision      INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    content       MEDIUMTEXT   NOT NULL,
    saved_by      VARCHAR(255) NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (assignment_id, revision),
    CONSTRAINT fk_review_version_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_comment (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    assignment_id BINARY(16)   NOT NULL,
    author_id     BINARY(16)   NOT NULL,
    author_name   VARCHAR(255) NOT NULL,
    body          TEXT         NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    INDEX ix_review_comment_assignment (assignment_id, created_at),
    CONSTRAINT fk_review_comment_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_meeting (
    assignment_id BINARY(16)   NOT NULL PRIMARY KEY,
    held_on       DATE         NOT NULL,
    present       INT          NOT NULL,
    absent        INT          NOT NULL,
    minutes       TEXT         NOT NULL,
    conclusion    TEXT         NOT NULL,
    recorded_by   VARCHAR(255) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_review_meeting_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of every assignment: who, when, from which status to which, and why (reasons for a return).
CREATE TABLE review_audit (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    assignment_id BINARY(16)   NOT NULL,
    action        VARCHAR(16)  NOT NULL,
    from_status   VARCHAR(16)  NOT NULL,
    to_status     VARCHAR(16)  NOT NULL,
    actor         VARCHAR(255) NOT NULL,
    acted_at      DATETIME(6)  NOT NULL,
    detail        TEXT         NULL,
    INDEX ix_review_audit_assignment (assignment_id, acted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Gợi ý kiểm điểm": written by the superior to a unit (its collective report) or a member (their reviews).
CREATE TABLE review_suggestion (
    id               BINARY(16)   NOT NULL PRIMARY KEY,
    campaign_id      BINARY(16)   NOT NULL,
    target_unit_id   BINARY(16)   NULL,
    target_member_id BINARY(16)   NULL,
    body             TEXT         NOT NULL,
    issued_by        VARCHAR(255) NOT NULL,
    issued_at        DATETIME(6)  NOT NULL,
    INDEX ix_suggestion_unit (campaign_id, target_unit_id),
    INDEX ix_suggestion_member (campaign_id, target_member_id),
    CONSTRAINT fk_suggestion_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

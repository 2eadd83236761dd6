-- Remediation items ("tự sửa") to remind of, kept from review.events.v1 (the highest version of each wins).
CREATE TABLE tracked_remediation (
    id              BINARY(16)  NOT NULL PRIMARY KEY,
    campaign_id     BINARY(16)  NOT NULL,
    assignment_id   BINARY(16)  NOT NULL,
    place_unit_id   BINARY(16)  NOT NULL,
    owner_member_id BINARY(16)  NULL,
    due             DATE        NOT NULL,
    status          VARCHAR(16) NOT NULL,
    version         BIGINT      NOT NULL,
    INDEX ix_tracked_remediation_due (status, due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

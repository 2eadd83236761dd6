CREATE TABLE org_unit_replica (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    type_code   VARCHAR(64)  NOT NULL,
    parent_id   BINARY(16)   NULL,
    path        VARCHAR(760) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    INDEX ix_org_unit_replica_path (path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE org_member_replica (
    id                       BINARY(16)   NOT NULL PRIMARY KEY,
    full_name                VARCHAR(255) NOT NULL,
    home_unit_id             BINARY(16)   NOT NULL,
    home_unit_path           VARCHAR(760) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status                   VARCHAR(16)  NOT NULL,
    email                    VARCHAR(255) NULL,
    mobile                   VARCHAR(16)  NULL,
    holds_leadership_post    BOOLEAN      NOT NULL,
    outside_political_system BOOLEAN      NOT NULL,
    positions                JSON         NOT NULL,
    version                  BIGINT       NOT NULL,
    changed_at               DATETIME(6)  NOT NULL,
    INDEX ix_org_member_replica_home (home_unit_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

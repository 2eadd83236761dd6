-- Read replica of the organization tree, kept from org.units.v1 (see org-replica module).
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

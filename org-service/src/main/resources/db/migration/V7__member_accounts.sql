-- A member's account in Keycloak, as org-service provisioned it: which user, which member version it reflects,
-- and what went wrong last time if anything did.
CREATE TABLE member_account (
    member_id        BINARY(16)   NOT NULL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    keycloak_user_id VARCHAR(36)  NULL,
    state            VARCHAR(16)  NOT NULL,
    synced_version   BIGINT       NOT NULL DEFAULT -1,
    attempt_version  BIGINT       NOT NULL DEFAULT -1,
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       VARCHAR(500) NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_account_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_account_state (state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One instance provisions at a time: it holds this lease and renews it while it works.
CREATE TABLE account_provisioning_lease (
    id     INT          NOT NULL PRIMARY KEY,
    holder VARCHAR(128) NULL,
    until  DATETIME(6)  NULL
) ENGINE = InnoDB;

INSERT INTO account_provisioning_lease (id) VALUES (1);

-- Who changed what, when, with the state before and after (JSON), for every change of the tree.
CREATE TABLE audit_entry (
    id           BINARY(16)   NOT NULL PRIMARY KEY,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(255) NOT NULL,
    actor_member BINARY(16)   NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    BINARY(16)   NOT NULL,
    before_state JSON         NULL,
    after_state  JSON         NULL,
    INDEX ix_audit_entity (entity_type, entity_id, occurred_at),
    INDEX ix_audit_actor (actor, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Structural changes (moves) rewrite paths of whole subtrees; they take this row's lock one at a time.
CREATE TABLE tree_lock (
    id INT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO tree_lock (id) VALUES (1);

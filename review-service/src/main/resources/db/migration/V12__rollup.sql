-- The roll-up's counters, kept in the transaction of every change they count so that they are exact: the
-- assignments of a campaign by place, kind, status and deadline (a campaign has a deadline or two per level, so
-- overdue work is counted from them too), and the decided levels by place and kind. Each change adds to or takes
-- from a counter row in one statement, which locks that row: concurrent changes queue on it and none is lost.
CREATE TABLE review_status_tally (
    campaign_id BINARY(16)  NOT NULL,
    unit_id     BINARY(16)  NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    status      VARCHAR(16) NOT NULL,
    due         DATE        NOT NULL,
    n           INT         NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, kind, status, due)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_level_tally (
    campaign_id BINARY(16)  NOT NULL,
    unit_id     BINARY(16)  NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    level       VARCHAR(16) NOT NULL,
    n           INT         NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, kind, level)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the campaigns launched before the counters
INSERT INTO review_status_tally (campaign_id, unit_id, kind, status, due, n)
SELECT campaign_id, place_unit_id, kind, status, due, count(*) FROM review_assignment
GROUP BY campaign_id, place_unit_id, kind, status, due;

INSERT INTO review_level_tally (campaign_id, unit_id, kind, level, n)
SELECT campaign_id, place_unit_id, kind, decided_level, count(*) FROM review_assignment
WHERE decided_level IS NOT NULL
GROUP BY campaign_id, place_unit_id, kind, decided_level;

-- the overdue list of a subtree reads the work not handed in by deadline
ALTER TABLE review_assignment ADD INDEX ix_review_assignment_overdue (campaign_id, status, due);

-- a level of the tree is read by its parent (the units right under a unit, and how many are under each of them)
ALTER TABLE org_unit_replica ADD INDEX ix_org_unit_replica_parent (parent_id, status);

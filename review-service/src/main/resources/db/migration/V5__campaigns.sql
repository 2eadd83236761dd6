-- A review campaign launched by a superior unit over its subtree, with deadlines per level below it and the
-- template versions it pinned when it was created.
CREATE TABLE campaign (
    id                       BINARY(16)    NOT NULL PRIMARY KEY,
    issuing_unit_id          BINARY(16)    NOT NULL,
    issuing_unit_path        VARCHAR(760)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind                     VARCHAR(16)   NOT NULL,
    title                    VARCHAR(255)  NOT NULL,
    period_start             DATE          NOT NULL,
    period_end               DATE          NOT NULL,
    unit_types               VARCHAR(1000) NULL,
    excellence_quota_percent INT           NOT NULL,
    status                   VARCHAR(16)   NOT NULL,
    created_by               VARCHAR(255)  NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    version                  BIGINT        NOT NULL,
    INDEX ix_campaign_issuer (issuing_unit_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- level 1 = the units directly under the issuing unit, 2 = the units under those, ...
CREATE TABLE campaign_deadline (
    campaign_id BINARY(16) NOT NULL,
    level       INT        NOT NULL,
    due         DATE       NOT NULL,
    PRIMARY KEY (campaign_id, level),
    CONSTRAINT fk_deadline_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
) ENGINE = InnoDB;

CREATE TABLE campaign_template (
    campaign_id         BINARY(16)  NOT NULL,
    template_code       VARCHAR(32) NOT NULL,
    template_version_id BINARY(16)  NOT NULL,
    PRIMARY KEY (campaign_id, template_code),
    CONSTRAINT fk_campaign_template_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_template_version FOREIGN KEY (template_version_id) REFERENCES review_template_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What notification-service knows of review campaigns, kept from review.events.v1.
CREATE TABLE tracked_campaign (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    title       VARCHAR(255) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every assignment to remind about; status and due follow the assignment's workflow events (highest version).
CREATE TABLE tracked_assignment (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    campaign_id   BINARY(16)   NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    place_unit_id BINARY(16)   NOT NULL,
    member_id     BINARY(16)   NULL,
    due           DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL,
    INDEX ix_tracked_assignment_due (status, due),
    INDEX ix_tracked_assignment_campaign (campaign_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One message to one person on one channel. The unique key (what it is about, recipient, channel) is what makes a
-- reminder go out once: a redelivered event, a second sweep or a second instance inserts nothing new.
CREATE TABLE delivery (
    id              BINARY(16)    NOT NULL PRIMARY KEY,
    topic_key       VARCHAR(160)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    recipient_id    BINARY(16)    NOT NULL,
    channel         VARCHAR(8)    NOT NULL,
    kind            VARCHAR(24)   NOT NULL,
    campaign_id     BINARY(16)    NULL,
    assignment_id   BINARY(16)    NULL,
    params          TEXT          NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    not_before      DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    provider_id     VARCHAR(100)  NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    UNIQUE KEY uq_delivery (topic_key, recipient_id, channel),
    INDEX ix_delivery_due (status, not_before),
    INDEX ix_delivery_recipient (recipient_id, created_at),
    INDEX ix_delivery_campaign (campaign_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inbox_item (
    id           BINARY(16)   NOT NULL PRIMARY KEY,
    member_id    BINARY(16)   NOT NULL,
    delivery_id  BINARY(16)   NOT NULL,
    kind         VARCHAR(24)  NOT NULL,
    title        VARCHAR(255) NOT NULL,
    body         TEXT         NOT NULL,
    link         VARCHAR(500) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    read_at      DATETIME(6)  NULL,
    UNIQUE KEY uq_inbox_delivery (delivery_id),
    INDEX ix_inbox_member (member_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_preference (
    member_id     BINARY(16)  NOT NULL PRIMARY KEY,
    email_enabled BOOLEAN     NOT NULL,
    sms_enabled   BOOLEAN     NOT NULL,
    language      VARCHAR(8)  NOT NULL,
    updated_at    DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

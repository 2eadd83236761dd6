-- Each channel is claimed on its own (SMS at the provider's pace, the others as fast as they go).
ALTER TABLE delivery DROP INDEX ix_delivery_due, ADD INDEX ix_delivery_due (status, channel, not_before);

-- A lane one instance at a time runs: SMS, so the provider's rate limit holds however many instances run.
CREATE TABLE dispatch_lease (
    lane   VARCHAR(16)  NOT NULL PRIMARY KEY,
    holder VARCHAR(128) NULL,
    until  DATETIME(6)  NULL
) ENGINE = InnoDB;

INSERT INTO dispatch_lease (lane) VALUES ('SMS');

-- The campaign's own reminder stages and SMS spelling; null = the defaults (7, 3, 1 days before; every 2 days
-- overdue, 3 times; SMS without diacritics).
ALTER TABLE tracked_campaign
    ADD COLUMN reminder_days_before VARCHAR(64) NULL,
    ADD COLUMN overdue_every_days   INT         NULL,
    ADD COLUMN overdue_times        INT         NULL,
    ADD COLUMN sms_with_diacritics  BOOLEAN     NOT NULL DEFAULT FALSE;

-- What the SMS provider reported after accepting a message: DELIVERED or UNDELIVERED.
ALTER TABLE delivery
    ADD COLUMN report_status VARCHAR(16) NULL,
    ADD COLUMN reported_at   DATETIME(6) NULL;

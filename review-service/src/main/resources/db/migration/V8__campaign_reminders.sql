-- When to remind members of a campaign's deadlines, and whether its SMS keep Vietnamese marks.
ALTER TABLE campaign
    ADD COLUMN reminder_days_before VARCHAR(64) NOT NULL DEFAULT '7,3,1',
    ADD COLUMN overdue_every_days   INT         NOT NULL DEFAULT 2,
    ADD COLUMN overdue_times        INT         NOT NULL DEFAULT 3,
    ADD COLUMN sms_with_diacritics  BOOLEAN     NOT NULL DEFAULT FALSE;

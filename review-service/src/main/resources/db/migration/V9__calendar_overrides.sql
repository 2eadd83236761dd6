-- The holidays of the Labour Code (1/1, Tết, Giỗ Tổ, 30/4, 1/5, 2/9 and the day next to it, nghỉ bù) are computed
-- for every year by the service; the table keeps only what the year's decision changes: an extra or moved day off
-- (DAY_OFF) and a day worked in exchange, or a computed holiday that is worked (WORKING_DAY).
RENAME TABLE public_holiday TO calendar_override;

ALTER TABLE calendar_override
    ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'DAY_OFF' AFTER day;

-- the solar holidays seeded before are computed now
DELETE FROM calendar_override
WHERE (day, name) IN (('2026-01-01', 'Tết Dương lịch'), ('2026-04-30', 'Ngày Chiến thắng'),
                      ('2026-05-01', 'Ngày Quốc tế Lao động'), ('2026-09-02', 'Quốc khánh'),
                      ('2027-01-01', 'Tết Dương lịch'), ('2027-04-30', 'Ngày Chiến thắng'),
                      ('2027-05-01', 'Ngày Quốc tế Lao động'), ('2027-09-02', 'Quốc khánh'));

-- Days off besides weekends, for deadlines counted in working days. Only the solar-calendar holidays are seeded:
-- Tết Nguyên đán, Giỗ Tổ Hùng Vương and the days moved or added each year are set by the Government's yearly
-- decision and are entered by the system administrator (PUT /api/reviews/calendar/holidays/{day}).
CREATE TABLE public_holiday (
    day  DATE         NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO public_holiday (day, name) VALUES
    ('2026-01-01', 'Tết Dương lịch'),
    ('2026-04-30', 'Ngày Chiến thắng'),
    ('2026-05-01', 'Ngày Quốc tế Lao động'),
    ('2026-09-02', 'Quốc khánh'),
    ('2027-01-01', 'Tết Dương lịch'),
    ('2027-04-30', 'Ngày Chiến thắng'),
    ('2027-05-01', 'Ngày Quốc tế Lao động'),
    ('2027-09-02', 'Quốc khánh');

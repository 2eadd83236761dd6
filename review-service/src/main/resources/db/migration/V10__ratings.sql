-- Rating (QĐ 366-QĐ/TW, HD 43-HD/BTCTW). The scorecard's criteria are versioned with their template: 30 points
-- of common criteria, 70 of task results.
CREATE TABLE review_template_criterion (
    version_id BINARY(16)   NOT NULL,
    position   INT          NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    part       VARCHAR(8)   NOT NULL,
    title      VARCHAR(500) NOT NULL,
    max_points INT          NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT uq_template_criterion_code UNIQUE (version_id, code),
    CONSTRAINT fk_template_criterion_version FOREIGN KEY (version_id) REFERENCES review_template_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every version published so far gets the scorecard of its template.
INSERT INTO review_template_criterion (version_id, position, code, part, title, max_points)
SELECT v.id, c.position, c.code, c.part, c.title, c.max_points
FROM review_template_version v
JOIN (
    SELECT 'MAU_01' template_code, 1 position, 'CHINH_TRI_TU_TUONG' code, 'COMMON' part,
           'Xây dựng Đảng về chính trị, tư tưởng, đạo đức' title, 10 max_points
    UNION ALL SELECT 'MAU_01', 2, 'TO_CHUC_CAN_BO', 'COMMON', 'Xây dựng Đảng về tổ chức, cán bộ', 10
    UNION ALL SELECT 'MAU_01', 3, 'KIEM_TRA_GIAM_SAT', 'COMMON', 'Công tác kiểm tra, giám sát, kỷ luật đảng', 10
    UNION ALL SELECT 'MAU_01', 4, 'NHIEM_VU_CHINH_TRI', 'TASKS',
           'Kết quả lãnh đạo thực hiện nhiệm vụ chính trị, chỉ tiêu được giao trong năm', 50
    UNION ALL SELECT 'MAU_01', 5, 'KHAC_PHUC', 'TASKS',
           'Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra', 20
    UNION ALL SELECT t.code, 1, 'TU_TUONG_CHINH_TRI', 'COMMON', 'Tư tưởng chính trị', 8
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
    UNION ALL SELECT t.code, 2, 'DAO_DUC_LOI_SONG', 'COMMON', 'Phẩm chất đạo đức, lối sống', 8
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
    UNION ALL SELECT t.code, 3, 'TO_CHUC_KY_LUAT', 'COMMON', 'Ý thức tổ chức kỷ luật', 8
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
    UNION ALL SELECT t.code, 4, 'TAC_PHONG', 'COMMON', 'Tác phong, lề lối làm việc', 6
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
    UNION ALL SELECT t.code, 5, 'NHIEM_VU_DUOC_GIAO', 'TASKS',
           'Kết quả thực hiện chức trách, nhiệm vụ, chỉ tiêu được giao trong năm', 50
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
    UNION ALL SELECT t.code, 6, 'CAM_KET_RL', 'TASKS', 'Kết quả thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu', 20
        FROM review_template t WHERE t.subject = 'INDIVIDUAL'
) c ON c.template_code = v.template_code;

-- The rating as it stands, on the assignment (typed, for lists, the quota and the roll-up), and every step of it
-- with its scorecard (who, when, score, level), kept for good.
ALTER TABLE review_assignment
    ADD COLUMN self_level     VARCHAR(16) NULL,
    ADD COLUMN proposed_level VARCHAR(16) NULL,
    ADD COLUMN decided_level  VARCHAR(16) NULL,
    ADD COLUMN decided_score  INT         NULL,
    ADD COLUMN quota_unit_id  BINARY(16)  NULL,
    ADD INDEX ix_review_assignment_decided (campaign_id, quota_unit_id, decided_level);

CREATE TABLE review_rating (
    id                      BINARY(16)    NOT NULL PRIMARY KEY,
    assignment_id           BINARY(16)    NOT NULL,
    step                    VARCHAR(16)   NOT NULL,
    level                   VARCHAR(16)   NOT NULL,
    score                   INT           NOT NULL,
    tasks_total             INT           NOT NULL,
    tasks_done              INT           NOT NULL,
    tasks_late              INT           NOT NULL,
    tasks_beyond            INT           NOT NULL,
    disciplined_subordinate BOOLEAN       NOT NULL,
    disqualified            BOOLEAN       NOT NULL,
    note                    VARCHAR(2000) NULL,
    actor                   VARCHAR(255)  NOT NULL,
    acted_at                DATETIME(6)   NOT NULL,
    INDEX ix_review_rating_assignment (assignment_id, step, acted_at),
    CONSTRAINT fk_review_rating_assignment FOREIGN KEY (assignment_id) REFERENCES review_assignment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_rating_point (
    rating_id     BINARY(16)  NOT NULL,
    criterion_code VARCHAR(32) NOT NULL,
    points        INT         NOT NULL,
    PRIMARY KEY (rating_id, criterion_code),
    CONSTRAINT fk_review_rating_point_rating FOREIGN KEY (rating_id) REFERENCES review_rating (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The quota's ledger: per campaign, kind and group (the grassroots organization of a member's review, the
-- superior unit of a collective's), the decided "xuất sắc" and "tốt". Deciders of one group lock its row, so two
-- of them cannot both take the last slot.
CREATE TABLE review_quota (
    campaign_id BINARY(16)  NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    unit_id     BINARY(16)  NOT NULL,
    excellent   INT         NOT NULL,
    good        INT         NOT NULL,
    PRIMARY KEY (campaign_id, kind, unit_id)
) ENGINE = InnoDB;

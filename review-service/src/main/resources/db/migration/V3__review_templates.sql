-- Review templates (HD 43-HD/BTCTW) are data: each change of the official form is a new version, and a version,
-- once published, never changes (campaigns pin the versions they use).
CREATE TABLE review_template (
    code       VARCHAR(32)  NOT NULL PRIMARY KEY,
    subject    VARCHAR(16)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    name_en    VARCHAR(255) NOT NULL,
    sort_order INT          NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_template_version (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    template_code VARCHAR(32)  NOT NULL,
    version       INT          NOT NULL,
    legal_basis   VARCHAR(255) NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    published_by  VARCHAR(255) NOT NULL,
    CONSTRAINT uq_template_version UNIQUE (template_code, version),
    CONSTRAINT fk_template_version_template FOREIGN KEY (template_code) REFERENCES review_template (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE review_template_section (
    version_id BINARY(16)    NOT NULL,
    position   INT           NOT NULL,
    code       VARCHAR(32)   NOT NULL,
    kind       VARCHAR(24)   NOT NULL,
    heading    VARCHAR(500)  NOT NULL,
    guidance   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (version_id, position),
    CONSTRAINT uq_template_section_code UNIQUE (version_id, code),
    CONSTRAINT fk_template_section_version FOREIGN KEY (version_id) REFERENCES review_template_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO review_template (code, subject, name, name_en, sort_order) VALUES
    ('MAU_01', 'COLLECTIVE', 'Mẫu 01 - Báo cáo kiểm điểm tập thể',
     'Form 01 - collective review report', 10),
    ('MAU_2A', 'INDIVIDUAL', 'Mẫu 2A - Bản kiểm điểm cá nhân (không giữ chức vụ lãnh đạo, quản lý)',
     'Form 2A - individual review (no leadership post)', 20),
    ('MAU_2B', 'INDIVIDUAL', 'Mẫu 2B - Bản kiểm điểm cá nhân (giữ chức vụ lãnh đạo, quản lý)',
     'Form 2B - individual review (leadership post)', 30),
    ('MAU_2C', 'INDIVIDUAL', 'Mẫu 2C - Bản kiểm điểm đảng viên (làm việc ngoài hệ thống chính trị)',
     'Form 2C - member working outside the political system', 40),
    ('CAM_KET', 'COMMITMENT', 'Bản cam kết tu dưỡng, rèn luyện, phấn đấu',
     'Yearly commitment to self-improvement', 50);

INSERT INTO review_template_version (id, template_code, version, legal_basis, published_at, published_by) VALUES
    (UNHEX('0193a0000000700080000000000a0001'), 'MAU_01', 1, 'Hướng dẫn 43-HD/BTCTW', '2026-01-01 00:00:00', 'system'),
    (UNHEX('0193a0000000700080000000000a0002'), 'MAU_2A', 1, 'Hướng dẫn 43-HD/BTCTW', '2026-01-01 00:00:00', 'system'),
    (UNHEX('0193a0000000700080000000000a0003'), 'MAU_2B', 1, 'Hướng dẫn 43-HD/BTCTW', '2026-01-01 00:00:00', 'system'),
    (UNHEX('0193a0000000700080000000000a0004'), 'MAU_2C', 1, 'Hướng dẫn 43-HD/BTCTW', '2026-01-01 00:00:00', 'system'),
    (UNHEX('0193a0000000700080000000000a0005'), 'CAM_KET', 1, 'Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW', '2026-01-01 00:00:00', 'system');

INSERT INTO review_template_section (version_id, position, code, kind, heading, guidance) VALUES
    (UNHEX('0193a0000000700080000000000a0001'), 1, 'UU_DIEM', 'NARRATIVE', 'I. Ưu điểm, kết quả đạt được',
     'Kết quả thực hiện chức năng, nhiệm vụ và chương trình công tác trong năm của tập thể; đối chiếu với các tiêu chí chung và chỉ tiêu, nhiệm vụ được giao.'),
    (UNHEX('0193a0000000700080000000000a0001'), 2, 'HAN_CHE', 'NARRATIVE', 'II. Hạn chế, khuyết điểm và nguyên nhân',
     'Nêu cụ thể từng hạn chế, khuyết điểm; phân tích nguyên nhân khách quan, chủ quan.'),
    (UNHEX('0193a0000000700080000000000a0001'), 3, 'KHAC_PHUC', 'NARRATIVE', 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra',
     'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước.'),
    (UNHEX('0193a0000000700080000000000a0001'), 4, 'GIAI_TRINH', 'SUGGESTION_ANSWERS', 'IV. Giải trình những vấn đề được gợi ý kiểm điểm',
     'Trả lời từng vấn đề cấp trên gợi ý kiểm điểm (nếu có).'),
    (UNHEX('0193a0000000700080000000000a0001'), 5, 'TRACH_NHIEM', 'RESPONSIBILITY', 'V. Làm rõ trách nhiệm của tập thể và cá nhân',
     'Làm rõ trách nhiệm của tập thể và của từng cá nhân đối với những hạn chế, khuyết điểm của tập thể.'),
    (UNHEX('0193a0000000700080000000000a0001'), 6, 'PHUONG_HUONG', 'NARRATIVE', 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
     'Biện pháp, thời hạn và người chịu trách nhiệm khắc phục từng hạn chế, khuyết điểm.'),
    (UNHEX('0193a0000000700080000000000a0001'), 7, 'TU_XEP_LOAI', 'SELF_RATING', 'VII. Tự nhận mức xếp loại chất lượng',
     'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ.'),

    (UNHEX('0193a0000000700080000000000a0002'), 1, 'UU_DIEM', 'NARRATIVE', 'I. Ưu điểm, kết quả đạt được',
     '1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc. 2. Về thực hiện chức trách, nhiệm vụ được giao. 3. Về thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.'),
    (UNHEX('0193a0000000700080000000000a0002'), 2, 'HAN_CHE', 'NARRATIVE', 'II. Hạn chế, khuyết điểm và nguyên nhân',
     'Nêu cụ thể từng hạn chế, khuyết điểm và nguyên nhân.'),
    (UNHEX('0193a0000000700080000000000a0002'), 3, 'KHAC_PHUC', 'NARRATIVE', 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra',
     'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước.'),
    (UNHEX('0193a0000000700080000000000a0002'), 4, 'GIAI_TRINH', 'SUGGESTION_ANSWERS', 'IV. Giải trình những vấn đề được gợi ý kiểm điểm',
     'Trả lời từng vấn đề được gợi ý kiểm điểm (nếu có).'),
    (UNHEX('0193a0000000700080000000000a0002'), 5, 'PHUONG_HUONG', 'NARRATIVE', 'V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
     'Biện pháp và thời hạn khắc phục từng hạn chế, khuyết điểm.'),
    (UNHEX('0193a0000000700080000000000a0002'), 6, 'TU_XEP_LOAI', 'SELF_RATING', 'VI. Tự nhận mức xếp loại chất lượng',
     'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ.'),

    (UNHEX('0193a0000000700080000000000a0003'), 1, 'UU_DIEM', 'NARRATIVE', 'I. Ưu điểm, kết quả đạt được',
     '1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc. 2. Về thực hiện chức trách, nhiệm vụ được giao, kết quả của cơ quan, đơn vị được giao lãnh đạo, quản lý. 3. Về thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.'),
    (UNHEX('0193a0000000700080000000000a0003'), 2, 'HAN_CHE', 'NARRATIVE', 'II. Hạn chế, khuyết điểm và nguyên nhân',
     'Nêu cụ thể từng hạn chế, khuyết điểm và nguyên nhân.'),
    (UNHEX('0193a0000000700080000000000a0003'), 3, 'KHAC_PHUC', 'NARRATIVE', 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra',
     'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước.'),
    (UNHEX('0193a0000000700080000000000a0003'), 4, 'GIAI_TRINH', 'SUGGESTION_ANSWERS', 'IV. Giải trình những vấn đề được gợi ý kiểm điểm',
     'Trả lời từng vấn đề được gợi ý kiểm điểm (nếu có).'),
    (UNHEX('0193a0000000700080000000000a0003'), 5, 'TRACH_NHIEM', 'RESPONSIBILITY', 'V. Làm rõ trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể',
     'Trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể lãnh đạo, quản lý (nếu có).'),
    (UNHEX('0193a0000000700080000000000a0003'), 6, 'PHUONG_HUONG', 'NARRATIVE', 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
     'Biện pháp và thời hạn khắc phục từng hạn chế, khuyết điểm.'),
    (UNHEX('0193a0000000700080000000000a0003'), 7, 'TU_XEP_LOAI', 'SELF_RATING', 'VII. Tự nhận mức xếp loại chất lượng',
     'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ.'),

    (UNHEX('0193a0000000700080000000000a0004'), 1, 'UU_DIEM', 'NARRATIVE', 'I. Ưu điểm, kết quả đạt được',
     '1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật. 2. Về thực hiện nhiệm vụ đảng viên và nghĩa vụ công dân nơi làm việc và nơi cư trú. 3. Về thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.'),
    (UNHEX('0193a0000000700080000000000a0004'), 2, 'HAN_CHE', 'NARRATIVE', 'II. Hạn chế, khuyết điểm và nguyên nhân',
     'Nêu cụ thể từng hạn chế, khuyết điểm và nguyên nhân.'),
    (UNHEX('0193a0000000700080000000000a0004'), 3, 'KHAC_PHUC', 'NARRATIVE', 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra',
     'Kết quả khắc phục những hạn chế, khuyết điểm được chỉ ra ở các kỳ kiểm điểm trước.'),
    (UNHEX('0193a0000000700080000000000a0004'), 4, 'GIAI_TRINH', 'SUGGESTION_ANSWERS', 'IV. Giải trình những vấn đề được gợi ý kiểm điểm',
     'Trả lời từng vấn đề được gợi ý kiểm điểm (nếu có).'),
    (UNHEX('0193a0000000700080000000000a0004'), 5, 'PHUONG_HUONG', 'NARRATIVE', 'V. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm',
     'Biện pháp và thời hạn khắc phục từng hạn chế, khuyết điểm.'),
    (UNHEX('0193a0000000700080000000000a0004'), 6, 'TU_XEP_LOAI', 'SELF_RATING', 'VI. Tự nhận mức xếp loại chất lượng',
     'Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ hoặc Không hoàn thành nhiệm vụ.'),

    (UNHEX('0193a0000000700080000000000a0005'), 1, 'TU_TUONG', 'NARRATIVE', 'I. Về tư tưởng chính trị',
     'Những việc cam kết làm trong năm để giữ vững lập trường, quan điểm, bản lĩnh chính trị.'),
    (UNHEX('0193a0000000700080000000000a0005'), 2, 'DAO_DUC', 'NARRATIVE', 'II. Về phẩm chất đạo đức, lối sống',
     'Những việc cam kết làm và không làm về đạo đức, lối sống.'),
    (UNHEX('0193a0000000700080000000000a0005'), 3, 'KY_LUAT', 'NARRATIVE', 'III. Về ý thức tổ chức kỷ luật',
     'Việc chấp hành nguyên tắc tổ chức, sinh hoạt đảng, quy định của cơ quan, đơn vị.'),
    (UNHEX('0193a0000000700080000000000a0005'), 4, 'NHIEM_VU', 'NARRATIVE', 'IV. Về thực hiện chức trách, nhiệm vụ được giao',
     'Những nhiệm vụ, chỉ tiêu cụ thể cam kết hoàn thành trong năm.'),
    (UNHEX('0193a0000000700080000000000a0005'), 5, 'KHAC_PHUC', 'NARRATIVE', 'V. Về khắc phục hạn chế, khuyết điểm',
     'Những hạn chế, khuyết điểm đã được chỉ ra mà bản thân cam kết khắc phục, với thời hạn.');

-- Organization tree: unit types and their nesting rules are data; units carry a materialized path of ids
-- ('/<root id>/.../<own id>/') so subtree queries are one indexed prefix scan.
CREATE TABLE unit_type (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    name_en     VARCHAR(255) NOT NULL,
    sort_order  INT          NOT NULL,
    legacy      BOOLEAN      NOT NULL DEFAULT FALSE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_type_rule (
    parent_type VARCHAR(64) NOT NULL,
    child_type  VARCHAR(64) NOT NULL,
    PRIMARY KEY (parent_type, child_type),
    CONSTRAINT fk_rule_parent FOREIGN KEY (parent_type) REFERENCES unit_type (code),
    CONSTRAINT fk_rule_child FOREIGN KEY (child_type) REFERENCES unit_type (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO unit_type (code, name, name_en, sort_order, legacy) VALUES
    ('TINH_UY', 'Tỉnh ủy', 'Provincial Party Committee', 10, FALSE),
    ('THANH_UY', 'Thành ủy', 'Municipal Party Committee', 11, FALSE),
    ('HUYEN_UY', 'Huyện ủy', 'District Party Committee', 20, TRUE),
    ('DANG_UY_KHOI', 'Đảng ủy khối', 'Bloc Party Committee', 21, TRUE),
    ('DANG_UY_XA', 'Đảng ủy xã', 'Commune Party Committee', 30, FALSE),
    ('DANG_UY_PHUONG', 'Đảng ủy phường', 'Ward Party Committee', 31, FALSE),
    ('DANG_UY_DAC_KHU', 'Đảng ủy đặc khu', 'Special Zone Party Committee', 32, FALSE),
    ('DANG_BO_CO_QUAN_TINH', 'Đảng bộ cơ quan cấp tỉnh', 'Provincial agency Party organization', 33, FALSE),
    ('DANG_BO_CO_SO', 'Đảng bộ cơ sở', 'Grassroots Party organization', 40, FALSE),
    ('CHI_BO_CO_SO', 'Chi bộ cơ sở', 'Grassroots Party cell', 41, FALSE),
    ('DANG_BO_BO_PHAN', 'Đảng bộ bộ phận', 'Sub-organization', 50, FALSE),
    ('CHI_BO_TRUC_THUOC', 'Chi bộ trực thuộc', 'Affiliated Party cell', 60, FALSE),
    ('TO_DANG', 'Tổ đảng', 'Party group', 70, FALSE);

INSERT INTO unit_type_rule (parent_type, child_type) VALUES
    ('TINH_UY', 'DANG_UY_XA'), ('TINH_UY', 'DANG_UY_PHUONG'), ('TINH_UY', 'DANG_UY_DAC_KHU'),
    ('TINH_UY', 'DANG_BO_CO_QUAN_TINH'), ('TINH_UY', 'HUYEN_UY'), ('TINH_UY', 'DANG_UY_KHOI'),
    ('THANH_UY', 'DANG_UY_XA'), ('THANH_UY', 'DANG_UY_PHUONG'), ('THANH_UY', 'DANG_UY_DAC_KHU'),
    ('THANH_UY', 'DANG_BO_CO_QUAN_TINH'), ('THANH_UY', 'HUYEN_UY'), ('THANH_UY', 'DANG_UY_KHOI'),
    ('HUYEN_UY', 'DANG_UY_XA'), ('HUYEN_UY', 'DANG_BO_CO_SO'), ('HUYEN_UY', 'CHI_BO_CO_SO'),
    ('DANG_UY_KHOI', 'DANG_BO_CO_SO'), ('DANG_UY_KHOI', 'CHI_BO_CO_SO'),
    ('DANG_UY_XA', 'DANG_BO_CO_SO'), ('DANG_UY_XA', 'CHI_BO_CO_SO'), ('DANG_UY_XA', 'CHI_BO_TRUC_THUOC'),
    ('DANG_UY_PHUONG', 'DANG_BO_CO_SO'), ('DANG_UY_PHUONG', 'CHI_BO_CO_SO'), ('DANG_UY_PHUONG', 'CHI_BO_TRUC_THUOC'),
    ('DANG_UY_DAC_KHU', 'DANG_BO_CO_SO'), ('DANG_UY_DAC_KHU', 'CHI_BO_CO_SO'), ('DANG_UY_DAC_KHU', 'CHI_BO_TRUC_THUOC'),
    ('DANG_BO_CO_QUAN_TINH', 'DANG_BO_CO_SO'), ('DANG_BO_CO_QUAN_TINH', 'CHI_BO_CO_SO'),
    ('DANG_BO_CO_SO', 'DANG_BO_BO_PHAN'), ('DANG_BO_CO_SO', 'CHI_BO_TRUC_THUOC'),
    ('DANG_BO_BO_PHAN', 'CHI_BO_TRUC_THUOC'),
    ('CHI_BO_CO_SO', 'TO_DANG'), ('CHI_BO_TRUC_THUOC', 'TO_DANG');

CREATE TABLE org_unit (
    id          BINARY(16)   NOT NULL PRIMARY KEY,
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(255) NOT NULL,
    type_code   VARCHAR(64)  NOT NULL,
    parent_id   BINARY(16)   NULL,
    path        VARCHAR(760) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    depth       INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_type FOREIGN KEY (type_code) REFERENCES unit_type (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id),
    INDEX ix_org_unit_path (path),
    INDEX ix_org_unit_parent (parent_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE member (
    id            BINARY(16)   NOT NULL PRIMARY KEY,
    full_name     VARCHAR(255) NOT NULL,
    home_unit_id  BINARY(16)   NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_member_home_unit FOREIGN KEY (home_unit_id) REFERENCES org_unit (id),
    INDEX ix_member_home_unit (home_unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- member x unit x title with dates; valid_to NULL while the position is held
CREATE TABLE unit_position (
    id          BINARY(16)  NOT NULL PRIMARY KEY,
    member_id   BINARY(16)  NOT NULL,
    unit_id     BINARY(16)  NOT NULL,
    title       VARCHAR(32) NOT NULL,
    valid_from  DATE        NOT NULL,
    valid_to    DATE        NULL,
    CONSTRAINT fk_position_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_position_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    INDEX ix_position_member (member_id, valid_to),
    INDEX ix_position_unit (unit_id, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

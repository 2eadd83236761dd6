-- Member details. Card and citizen id numbers are unique when present; name_search holds the name folded
-- (lower case, no diacritics, đ -> d) so "nguyen van a" finds "Nguyễn Văn A".
ALTER TABLE member
    ADD COLUMN name_search              VARCHAR(255) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT '',
    ADD COLUMN date_of_birth            DATE         NULL,
    ADD COLUMN gender                   VARCHAR(8)   NULL,
    ADD COLUMN party_card_number        VARCHAR(20)  NULL,
    ADD COLUMN citizen_id               CHAR(12)     NULL,
    ADD COLUMN joined_on                DATE         NULL,
    ADD COLUMN official_on              DATE         NULL,
    ADD COLUMN email                    VARCHAR(255) NULL,
    ADD COLUMN mobile                   VARCHAR(16)  NULL,
    ADD COLUMN holds_leadership_post    BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN outside_political_system BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT uq_member_party_card UNIQUE (party_card_number),
    ADD CONSTRAINT uq_member_citizen_id UNIQUE (citizen_id),
    ADD INDEX ix_member_name_search (name_search);

-- Where a member was before: every transfer between units is kept.
CREATE TABLE member_transfer (
    id             BINARY(16)   NOT NULL PRIMARY KEY,
    member_id      BINARY(16)   NOT NULL,
    from_unit_id   BINARY(16)   NOT NULL,
    to_unit_id     BINARY(16)   NOT NULL,
    transferred_on DATE         NOT NULL,
    recorded_at    DATETIME(6)  NOT NULL,
    actor          VARCHAR(255) NOT NULL,
    CONSTRAINT fk_transfer_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_transfer_member (member_id, transferred_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

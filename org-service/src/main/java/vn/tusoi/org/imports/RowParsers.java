package vn.tusoi.org.imports;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.tusoi.org.member.Member;
import vn.tusoi.org.member.MemberRow;
import vn.tusoi.org.unit.UnitRow;
import vn.tusoi.platform.text.VietnamesePhone;
import vn.tusoi.platform.text.VietnameseText;

/** Turns checked cells into the rows the member and unit features apply; null when a cell had a problem. */
final class RowParsers {

    private static final Pattern CARD = Pattern.compile("\\d{6,12}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private RowParsers() {
    }

    static MemberRow member(RowCells cells, LocalDate today) {
        String fullName = cells.text("fullName", true, 255);
        LocalDate born = cells.date("dateOfBirth", today);
        Member.Gender gender = gender(cells);
        String card = cells.matching(MemberRow.PARTY_CARD_NUMBER, CARD, "import.cell.card");
        String citizenId = cells.matching(MemberRow.CITIZEN_ID, CITIZEN_ID, "import.cell.citizen-id");
        LocalDate joined = cells.date("joinedOn", today);
        LocalDate official = cells.date("officialOn", today);
        String email = cells.matching("email", EMAIL, "import.cell.email");
        String mobile = mobile(cells);
        String homeUnit = cells.text(MemberRow.HOME_UNIT_CODE, true, 64);
        boolean leadership = cells.yesNo("holdsLeadershipPost");
        boolean outside = cells.yesNo("outsidePoliticalSystem");
        java.util.UUID id = cells.uuid(MemberRow.ID);
        if (joined != null && official != null && official.isBefore(joined)) {
            cells.problem("officialOn", "member.official-before-joined");
        }
        if (id == null && card == null && citizenId == null && !cells.hasProblems()) {
            cells.problem(MemberRow.PARTY_CARD_NUMBER, "import.member.key-required");
        }
        if (cells.hasProblems()) {
            return null;
        }
        return new MemberRow(cells.number(), id, fullName, born, gender, card, citizenId, joined, official,
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT), mobile, homeUnit, leadership,
                outside);
    }

    static UnitRow unit(RowCells cells) {
        String code = cells.matching(UnitRow.CODE, UNIT_CODE, "import.cell.unit-code");
        if (code == null) {
            cells.text(UnitRow.CODE, true, 64);
        }
        String name = cells.text("name", true, 255);
        String type = cells.text(UnitRow.TYPE, true, 255);
        String parent = cells.text(UnitRow.PARENT_CODE, false, 64);
        if (cells.hasProblems()) {
            return null;
        }
        return new UnitRow(cells.number(), code, name, type, parent);
    }

    private static Member.Gender gender(RowCells cells) {
        String value = cells.text("gender", false, 16);
        if (value == null) {
            return null;
        }
        if (value.equals("Nam")) {
            return Member.Gender.MALE;
        }
        if (value.equals("Nữ")) {
            return Member.Gender.FEMALE;
        }
        return switch (VietnameseText.fold(value)) {
            case "nam", "male", "m" -> Member.Gender.MALE;
            case "nu", "female", "f" -> Member.Gender.FEMALE;
            default -> {
                cells.problem("gender", "import.cell.gender", value);
                yield null;
            }
        };
    }

    private static String mobile(RowCells cells) {
        String value = cells.text("mobile", false, 32);
        if (value == null) {
            return null;
        }
        // a number typed into a numeric Excel cell loses its leading zero
        String digits = value.matches("[1-9]\\d{8}") ? "0" + value : value;
        return VietnamesePhone.normalize(digits).orElseGet(() -> {
            cells.problem("mobile", "member.mobile.invalid", value);
            return null;
        });
    }
}

package vn.tusoi.org.imports;

import java.util.List;

import vn.tusoi.org.member.MemberRow;
import vn.tusoi.org.unit.UnitRow;

/** What a file imports, with its columns in template order. */
public enum ImportKind {

    UNITS("Đơn vị", List.of(
            new ImportColumn(UnitRow.CODE, "Mã đơn vị", true, "Mã duy nhất, ví dụ DU-X-TP; khớp khi nhập lại"),
            new ImportColumn("name", "Tên đơn vị", true, "Ví dụ: Đảng ủy xã Tân Phú"),
            new ImportColumn(UnitRow.TYPE, "Loại đơn vị", true,
                    "Tên loại (Chi bộ cơ sở, Đảng ủy xã, …) hoặc mã loại (CHI_BO_CO_SO)"),
            new ImportColumn(UnitRow.PARENT_CODE, "Mã đơn vị cấp trên", false,
                    "Mã của đơn vị cấp trên (có trong hệ thống hoặc trong tệp); để trống chỉ với Tỉnh ủy/Thành ủy"))),

    MEMBERS("Đảng viên", List.of(
            new ImportColumn(MemberRow.ID, "Mã đảng viên", false,
                    "Để trống khi thêm mới; giữ nguyên khi nhập lại tệp đã xuất"),
            new ImportColumn("fullName", "Họ và tên", true, "Ví dụ: Nguyễn Văn An"),
            new ImportColumn("dateOfBirth", "Ngày sinh", false, "dd/mm/yyyy"),
            new ImportColumn("gender", "Giới tính", false, "Nam hoặc Nữ"),
            new ImportColumn(MemberRow.PARTY_CARD_NUMBER, "Số thẻ đảng viên", false,
                    "6–12 chữ số; cần số thẻ hoặc số CCCD để khớp khi nhập lại"),
            new ImportColumn(MemberRow.CITIZEN_ID, "Số CCCD", false, "12 chữ số"),
            new ImportColumn("joinedOn", "Ngày vào Đảng", false, "dd/mm/yyyy"),
            new ImportColumn("officialOn", "Ngày chính thức", false, "dd/mm/yyyy, không trước ngày vào Đảng"),
            new ImportColumn("email", "Email", false, "Ví dụ: an.nv@binhson.gov.vn"),
            new ImportColumn("mobile", "Số điện thoại di động", false, "Ví dụ: 0912 345 678"),
            new ImportColumn(MemberRow.HOME_UNIT_CODE, "Mã chi bộ", true, "Mã của chi bộ nơi sinh hoạt"),
            new ImportColumn("holdsLeadershipPost", "Giữ chức vụ lãnh đạo, quản lý", false, "Có hoặc Không"),
            new ImportColumn("outsidePoliticalSystem", "Làm việc ngoài hệ thống chính trị", false,
                    "Có hoặc Không")));

    private final String sheetName;
    private final List<ImportColumn> columns;

    ImportKind(String sheetName, List<ImportColumn> columns) {
        this.sheetName = sheetName;
        this.columns = columns;
    }

    String sheetName() {
        return sheetName;
    }

    List<ImportColumn> columns() {
        return columns;
    }

    /** The headers in template order. */
    public List<String> headers() {
        return columns.stream().map(ImportColumn::header).toList();
    }

    /** A CSV file of this kind (UTF-8, header row first), e.g. to load data through the import path. */
    public byte[] csv(List<List<Object>> rows) {
        return SpreadsheetWriter.csv(this, rows);
    }

    /** The header a field is read from, for naming it in row problems. */
    String headerOf(String field) {
        return columns.stream().filter(column -> column.field().equals(field)).map(ImportColumn::header)
                .findFirst().orElse(null);
    }
}

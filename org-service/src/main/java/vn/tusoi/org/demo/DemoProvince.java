package vn.tusoi.org.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.tusoi.org.imports.ImportJobView;
import vn.tusoi.org.imports.ImportKind;
import vn.tusoi.org.imports.ImportService;
import vn.tusoi.org.member.MemberDirectory;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.org.unit.OrgUnitService;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.text.VietnameseDates;

/**
 * A small fictional province for the local stack (profile {@code demo}), loaded through the import path an org
 * administrator uses: a units file, then a members file (Tỉnh ủy → Đảng ủy xã/phường and provincial agency đảng
 * bộ → chi bộ, 216 members), then the positions. The four demo accounts' members have fixed ids (the same ids
 * are in the Keycloak realm's demo users).
 */
@Component
@Profile("demo")
class DemoProvince implements ApplicationRunner {

    static final UUID ADMIN = UUID.fromString("0193a000-0000-7000-8000-000000000001");
    static final UUID SUPERIOR = UUID.fromString("0193a000-0000-7000-8000-000000000002");
    static final UUID SECRETARY = UUID.fromString("0193a000-0000-7000-8000-000000000003");
    static final UUID MEMBER = UUID.fromString("0193a000-0000-7000-8000-000000000004");

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);
    private static final Caller LOADER = new Caller("demo-loader", Optional.empty(),
            Set.of(Caller.ROLE_SYSTEM_ADMIN));
    private static final LocalDate TERM_START = LocalDate.of(2025, 10, 1);
    private static final int MEMBERS_PER_CELL = 9;

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc",
            "Xuân", "Thu", "Hoài", "Kim");
    private static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
            "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc",
            "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến", "Đạt");

    private record Appointment(UUID member, String unitCode, PositionTitle title) {
    }

    private final ImportService imports;
    private final OrgUnitService units;
    private final MemberService memberService;
    private final MemberDirectory directory;
    private final PositionDirectory positions;
    private final Random random = new Random(20261127L);
    private final List<List<Object>> unitRows = new ArrayList<>();
    private final List<List<Object>> memberRows = new ArrayList<>();
    private final List<Appointment> appointments = new ArrayList<>();
    private int cardSequence = 0;

    DemoProvince(ImportService imports, OrgUnitService units, MemberService memberService, MemberDirectory directory,
            PositionDirectory positions) {
        this.imports = imports;
        this.units = units;
        this.memberService = memberService;
        this.directory = directory;
        this.positions = positions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (directory.count() > 0) {
            log.info("Demo province already loaded");
            return;
        }
        describeProvince();
        load(ImportKind.UNITS, "demo-don-vi.csv", unitRows);
        load(ImportKind.MEMBERS, "demo-dang-vien.csv", memberRows);
        for (Appointment appointment : appointments) {
            UUID unit = units.idOfCode(appointment.unitCode()).orElseThrow();
            positions.appoint(appointment.member(), unit, appointment.title(), TERM_START);
            memberService.positionsChanged(appointment.member());
        }
        log.info("Demo province loaded: {} members", directory.count());
    }

    private void load(ImportKind kind, String fileName, List<List<Object>> rows) {
        ImportJobView job = imports.importAndWait(kind, fileName, kind.csv(rows), LOADER, Duration.ofMinutes(2));
        if (!"SUCCEEDED".equals(job.status())) {
            throw new IllegalStateException("Demo " + kind + " import " + job.id() + " ended " + job.status());
        }
    }

    private void describeProvince() {
        unit("TU-BS", "Tỉnh ủy Bình Sơn", "Tỉnh ủy", null);

        unit("DU-CQD", "Đảng ủy các cơ quan Đảng tỉnh", "Đảng bộ cơ quan cấp tỉnh", "TU-BS");
        unit("CB-VPTU", "Chi bộ Văn phòng Tỉnh ủy", "Chi bộ cơ sở", "DU-CQD");
        enrol(ADMIN, "Phạm Thanh Sơn", "CB-VPTU", "demo-admin@tusoi.local", false);
        appointments.add(new Appointment(ADMIN, "TU-BS", PositionTitle.ORG_ADMIN));
        fill("CB-VPTU", 1, true);
        unit("CB-BTCTU", "Chi bộ Ban Tổ chức Tỉnh ủy", "Chi bộ cơ sở", "DU-CQD");
        enrol(SUPERIOR, "Lê Quốc Hùng", "CB-BTCTU", "demo-superior@tusoi.local", true);
        appointments.add(new Appointment(SUPERIOR, "TU-BS", PositionTitle.ORG_BODY));
        fill("CB-BTCTU", 1, true);
        unit("CB-UBKT", "Chi bộ Ủy ban Kiểm tra Tỉnh ủy", "Chi bộ cơ sở", "DU-CQD");
        fill("CB-UBKT", 0, true);
        unit("CB-BTGDV", "Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chi bộ cơ sở", "DU-CQD");
        fill("CB-BTGDV", 0, true);

        unit("DU-UBND", "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng bộ cơ quan cấp tỉnh", "TU-BS");
        for (String[] cell : new String[][] {{"CB-SNV", "Chi bộ Sở Nội vụ"}, {"CB-STC", "Chi bộ Sở Tài chính"},
                {"CB-SGDDT", "Chi bộ Sở Giáo dục và Đào tạo"}, {"CB-SYT", "Chi bộ Sở Y tế"}}) {
            unit(cell[0], cell[1], "Chi bộ cơ sở", "DU-UBND");
            fill(cell[0], 0, true);
        }

        String[][] communes = {{"DU-P-DT", "phường Đông Thành", "Đảng ủy phường", "Khu phố"},
                {"DU-P-BS", "phường Bắc Sơn", "Đảng ủy phường", "Khu phố"},
                {"DU-X-TP", "xã Tân Phú", "Đảng ủy xã", "Thôn"},
                {"DU-X-AH", "xã An Hòa", "Đảng ủy xã", "Thôn"}};
        for (String[] commune : communes) {
            unit(commune[0], "Đảng ủy " + commune[1], commune[2], "TU-BS");
            for (int i = 1; i <= 4; i++) {
                String cell = commune[0] + "-CB" + i;
                unit(cell, "Chi bộ " + commune[3] + " " + i + ", " + commune[1], "Chi bộ trực thuộc", commune[0]);
                if (commune[0].equals("DU-P-DT") && i == 1) {
                    enrol(SECRETARY, "Nguyễn Thị Hương", cell, "demo-secretary@tusoi.local", true);
                    appointments.add(new Appointment(SECRETARY, cell, PositionTitle.BI_THU));
                    enrol(MEMBER, "Trần Văn Minh", cell, "demo-member@tusoi.local", false);
                    fill(cell, 2, false);
                } else {
                    fill(cell, 0, true);
                }
            }
        }
    }

    private void unit(String code, String name, String type, String parentCode) {
        unitRows.add(java.util.Arrays.asList(code, name, type, parentCode));
    }

    /** Fills a chi bộ up to its size with generated members: a bí thư if it has none yet, and a phó bí thư. */
    private void fill(String cell, int alreadyEnrolled, boolean needsSecretary) {
        boolean deputyAppointed = false;
        for (int i = alreadyEnrolled; i < MEMBERS_PER_CELL; i++) {
            UUID id = Ids.newId();
            enrol(id, randomName(), cell, null, needsSecretary || !deputyAppointed);
            if (needsSecretary) {
                appointments.add(new Appointment(id, cell, PositionTitle.BI_THU));
                needsSecretary = false;
            } else if (!deputyAppointed) {
                appointments.add(new Appointment(id, cell, PositionTitle.PHO_BI_THU));
                deputyAppointed = true;
            }
        }
    }

    private void enrol(UUID id, String name, String cell, String email, boolean leadership) {
        LocalDate born = LocalDate.of(1960 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate joined = born.plusYears(22 + random.nextInt(10));
        String gender = name.contains(" Thị ") ? "Nữ" : "Nam";
        String mobile = "09" + String.format("%08d", random.nextInt(100_000_000));
        memberRows.add(java.util.Arrays.asList(id, name, VietnameseDates.DAY.format(born), gender,
                String.format("9300%06d", ++cardSequence), null, VietnameseDates.DAY.format(joined), VietnameseDates.DAY.format(joined.plusYears(1)),
                email, mobile, cell, leadership ? "Có" : "Không", "Không"));
    }

    private String randomName() {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(MIDDLE.size())) + " "
                + GIVEN.get(random.nextInt(GIVEN.size()));
    }
}

package vn.tusoi.org.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.member.Member;
import vn.tusoi.org.member.MemberDirectory;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.org.member.NewMember;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.org.unit.OrgUnitService;
import vn.tusoi.platform.id.Ids;

/**
 * A small fictional province for the local stack (profile {@code demo}): Tỉnh ủy → Đảng ủy xã/phường and
 * provincial agency đảng bộ → chi bộ, 216 members, and the four demo accounts' members with fixed ids
 * (the same ids are in the Keycloak realm's demo users).
 */
@Component
@Profile("demo")
class DemoProvince implements ApplicationRunner {

    static final UUID ADMIN = UUID.fromString("0193a000-0000-7000-8000-000000000001");
    static final UUID SUPERIOR = UUID.fromString("0193a000-0000-7000-8000-000000000002");
    static final UUID SECRETARY = UUID.fromString("0193a000-0000-7000-8000-000000000003");
    static final UUID MEMBER = UUID.fromString("0193a000-0000-7000-8000-000000000004");

    private static final Logger log = LoggerFactory.getLogger(DemoProvince.class);
    private static final LocalDate TERM_START = LocalDate.of(2025, 10, 1);
    private static final int MEMBERS_PER_CELL = 9;

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc",
            "Xuân", "Thu", "Hoài", "Kim");
    private static final List<String> GIVEN = List.of("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hạnh",
            "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc",
            "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến", "Đạt");

    private final OrgUnitService units;
    private final MemberService memberService;
    private final MemberDirectory directory;
    private final PositionDirectory positions;
    private final Random random = new Random(20261127L);
    private int cardSequence = 0;

    DemoProvince(OrgUnitService units, MemberService memberService, MemberDirectory directory,
            PositionDirectory positions) {
        this.units = units;
        this.memberService = memberService;
        this.directory = directory;
        this.positions = positions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (directory.count() > 0) {
            log.info("Demo province already loaded");
            return;
        }
        UUID province = units.createRoot("TU-BS", "Tỉnh ủy Bình Sơn", "TINH_UY").getId();

        UUID partyAgencies = child(province, "DU-CQD", "Đảng ủy các cơ quan Đảng tỉnh", "DANG_BO_CO_QUAN_TINH");
        UUID office = child(partyAgencies, "CB-VPTU", "Chi bộ Văn phòng Tỉnh ủy", "CHI_BO_CO_SO");
        enrol(ADMIN, "Phạm Thanh Sơn", office, "demo-admin@tusoi.local", false);
        appoint(ADMIN, province, PositionTitle.ORG_ADMIN);
        fill(office, 1, true);
        UUID orgBody = child(partyAgencies, "CB-BTCTU", "Chi bộ Ban Tổ chức Tỉnh ủy", "CHI_BO_CO_SO");
        enrol(SUPERIOR, "Lê Quốc Hùng", orgBody, "demo-superior@tusoi.local", true);
        appoint(SUPERIOR, province, PositionTitle.ORG_BODY);
        fill(orgBody, 1, true);
        fill(child(partyAgencies, "CB-UBKT", "Chi bộ Ủy ban Kiểm tra Tỉnh ủy", "CHI_BO_CO_SO"), 0, true);
        fill(child(partyAgencies, "CB-BTGDV", "Chi bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", "CHI_BO_CO_SO"), 0, true);

        UUID government = child(province, "DU-UBND", "Đảng ủy Ủy ban nhân dân tỉnh", "DANG_BO_CO_QUAN_TINH");
        for (String[] cell : new String[][] {{"CB-SNV", "Chi bộ Sở Nội vụ"}, {"CB-STC", "Chi bộ Sở Tài chính"},
                {"CB-SGDDT", "Chi bộ Sở Giáo dục và Đào tạo"}, {"CB-SYT", "Chi bộ Sở Y tế"}}) {
            fill(child(government, cell[0], cell[1], "CHI_BO_CO_SO"), 0, true);
        }

        String[][] communes = {{"DU-P-DT", "phường Đông Thành", "DANG_UY_PHUONG", "Khu phố"},
                {"DU-P-BS", "phường Bắc Sơn", "DANG_UY_PHUONG", "Khu phố"},
                {"DU-X-TP", "xã Tân Phú", "DANG_UY_XA", "Thôn"},
                {"DU-X-AH", "xã An Hòa", "DANG_UY_XA", "Thôn"}};
        for (String[] commune : communes) {
            UUID committee = child(province, commune[0], "Đảng ủy " + commune[1], commune[2]);
            for (int i = 1; i <= 4; i++) {
                UUID cell = child(committee, commune[0] + "-CB" + i,
                        "Chi bộ " + commune[3] + " " + i + ", " + commune[1], "CHI_BO_TRUC_THUOC");
                if (commune[0].equals("DU-P-DT") && i == 1) {
                    enrol(SECRETARY, "Nguyễn Thị Hương", cell, "demo-secretary@tusoi.local", true);
                    appoint(SECRETARY, cell, PositionTitle.BI_THU);
                    enrol(MEMBER, "Trần Văn Minh", cell, "demo-member@tusoi.local", false);
                    fill(cell, 2, false);
                } else {
                    fill(cell, 0, true);
                }
            }
        }
        log.info("Demo province loaded: {} members", directory.count());
    }

    private UUID child(UUID parent, String code, String name, String type) {
        return units.createChild(parent, code, name, type).getId();
    }

    /** Fills a chi bộ up to its size with generated members: a bí thư if it has none yet, and a phó bí thư. */
    private void fill(UUID cell, int alreadyEnrolled, boolean needsSecretary) {
        boolean deputyAppointed = false;
        for (int i = alreadyEnrolled; i < MEMBERS_PER_CELL; i++) {
            UUID id = Ids.newId();
            enrol(id, randomName(), cell, null, needsSecretary || !deputyAppointed);
            if (needsSecretary) {
                appoint(id, cell, PositionTitle.BI_THU);
                needsSecretary = false;
            } else if (!deputyAppointed) {
                appoint(id, cell, PositionTitle.PHO_BI_THU);
                deputyAppointed = true;
            }
        }
    }

    private void enrol(UUID id, String name, UUID cell, String email, boolean leadership) {
        LocalDate born = LocalDate.of(1960 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate joined = born.plusYears(22 + random.nextInt(10));
        Member.Gender gender = name.contains(" Thị ") ? Member.Gender.FEMALE : Member.Gender.MALE;
        String mobile = "09" + String.format("%08d", random.nextInt(100_000_000));
        memberService.register(id, new NewMember(name, cell, born, gender, String.format("9300%06d", ++cardSequence),
                null, joined, joined.plusYears(1), email, mobile, leadership, false));
    }

    private void appoint(UUID member, UUID unit, PositionTitle title) {
        positions.appoint(member, unit, title, TERM_START);
        memberService.positionsChanged(member);
    }

    private String randomName() {
        return FAMILY.get(random.nextInt(FAMILY.size())) + " " + MIDDLE.get(random.nextInt(MIDDLE.size())) + " "
                + GIVEN.get(random.nextInt(GIVEN.size()));
    }
}

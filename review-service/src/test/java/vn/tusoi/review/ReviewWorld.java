package vn.tusoi.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.id.Ids;

/**
 * A small province in the org replicas, new for every test: Tỉnh ủy → Đảng ủy xã → chi bộ A and B.
 * The xã's bí thư lives in chi bộ A; chi bộ A has a bí thư, a phó bí thư, a member and a member working outside
 * the political system; chi bộ B one member; the province's organization body works at the province.
 */
public final class ReviewWorld {

    public final UUID province = Ids.newId();
    public final UUID commune = Ids.newId();
    public final UUID cellA = Ids.newId();
    public final UUID cellB = Ids.newId();
    public final UUID organizationBody = Ids.newId();
    public final UUID communeSecretary = Ids.newId();
    public final UUID headA = Ids.newId();
    public final UUID deputyA = Ids.newId();
    public final UUID memberA = Ids.newId();
    public final UUID outsiderA = Ids.newId();
    public final UUID memberB = Ids.newId();

    private final OrgUnitReplica units;
    private final OrgMemberReplica members;

    public ReviewWorld(OrgUnitReplica units, OrgMemberReplica members) {
        this.units = units;
        this.members = members;
        unit(province, null, "TINH_UY", "Tỉnh ủy Thử");
        unit(commune, province, "DANG_UY_XA", "Đảng ủy xã Hòa Bình");
        unit(cellA, commune, "CHI_BO", "Chi bộ thôn Đông");
        unit(cellB, commune, "CHI_BO", "Chi bộ thôn Tây");
        member(organizationBody, province, "Trần Thị Tổ Chức", false, position(province, "ORG_BODY"));
        member(communeSecretary, cellA, "Nguyễn Văn Xã", false, position(commune, "BI_THU"));
        member(headA, cellA, "Lê Văn Đông", false, position(cellA, "BI_THU"));
        member(deputyA, cellA, "Phạm Thị Phó", false, position(cellA, "PHO_BI_THU"));
        member(memberA, cellA, "Hoàng Văn Ấm", false);
        member(outsiderA, cellA, "Vũ Thị Doanh", true);
        member(memberB, cellB, "Đặng Văn Tây", false);
    }

    public String path(UUID unit) {
        if (unit.equals(province)) {
            return "/" + province + "/";
        }
        if (unit.equals(commune)) {
            return path(province) + commune + "/";
        }
        return path(commune) + unit + "/";
    }

    public void unit(UUID id, UUID parent, String type, String name) {
        units.apply(new OrgUnitChanged(Ids.newId(), id, 0, "U-" + id.toString().substring(24), name, type, parent,
                parent == null ? "/" + id + "/" : path(parent) + id + "/", "ACTIVE", TestDays.NOW));
    }

    public void member(UUID id, UUID home, String name, boolean outside, MemberChanged.Position... positions) {
        members.apply(new MemberChanged(Ids.newId(), id, 1, name, home, path(home), "ACTIVE", null, null,
                positions.length > 0, outside, List.of(positions), TestDays.NOW));
    }

    public static MemberChanged.Position position(UUID unit, String title) {
        return new MemberChanged.Position(unit, title, TestDays.APPOINTED, null);
    }

    public static JwtRequestPostProcessor as(UUID memberId) {
        return jwt().jwt(token -> token.claim("member_id", memberId.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_member"));
    }

    public static JwtRequestPostProcessor systemAdmin() {
        return jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"));
    }

    /**
     * A campaign body over the year of today: the xã (level 1) due {@link TestDays#COMMUNE_DUE}, the chi bộ
     * (level 2) {@link TestDays#CELL_DUE}.
     */
    public String campaign(String kind) {
        return """
                {"issuingUnitId": "%s", "kind": "%s", "title": "Kiểm điểm, đánh giá, xếp loại năm %d",
                 "periodStart": "%s", "periodEnd": "%s",
                 "deadlines": [{"level": 1, "due": "%s"}, {"level": 2, "due": "%s"}]}
                """.formatted(province, kind, TestDays.TODAY.getYear(), TestDays.periodStart(), TestDays.periodEnd(),
                TestDays.COMMUNE_DUE, TestDays.CELL_DUE);
    }
}

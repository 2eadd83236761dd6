package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;

/**
 * Members of a subtree with their personal data, for the unit's data administrators only; every export is
 * audited (who, when, which unit, how many members, in which format).
 */
@Component
public class MemberExport {

    /** One member as exported: the fields of the import file, so an export can be edited and imported back. */
    public record Row(UUID id, String fullName, LocalDate dateOfBirth, Member.Gender gender, String partyCardNumber,
            String citizenId, LocalDate joinedOn, LocalDate officialOn, String email, String mobile,
            String homeUnitCode, boolean holdsLeadershipPost, boolean outsidePoliticalSystem) {
    }

    private final JdbcClient jdbc;
    private final HomeUnits homeUnits;
    private final AuditLog audit;

    MemberExport(JdbcClient jdbc, HomeUnits homeUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.homeUnits = homeUnits;
        this.audit = audit;
    }

    /** Active members under the unit, ordered by chi bộ and name. */
    @Transactional
    public List<Row> export(UUID unitId, String format, Caller caller, CallerScope scope) {
        HomeUnits.HomeUnit unit = homeUnits.find(unitId).filter(u -> scope.canSee(u.id(), u.path()))
                .orElseThrow(() -> ApiException.notFound("unit.not-found", unitId));
        if (!scope.canManage(unit.path())) {
            throw ApiException.forbidden("unit.manage.forbidden", unit.name());
        }
        List<Row> rows = jdbc.sql("""
                select m.id, m.full_name, m.date_of_birth, m.gender, m.party_card_number, m.citizen_id, m.joined_on,
                       m.official_on, m.email, m.mobile, u.code, m.holds_leadership_post, m.outside_political_system
                from member m join org_unit u on u.id = m.home_unit_id
                where u.path like concat(?, '%') and m.status = 'ACTIVE'
                order by u.code, m.name_search, m.id
                """)
                .param(unit.path())
                .query((rs, row) -> new Row(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : Member.Gender.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12), rs.getBoolean(13)))
                .list();
        Map<String, Object> what = new LinkedHashMap<>();
        what.put("unit", unit.name());
        what.put("members", rows.size());
        what.put("format", format);
        audit.record(caller, "EXPORT_PERSONAL_DATA", "UNIT", unitId, null, what);
        return rows;
    }
}

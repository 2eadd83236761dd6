package vn.tusoi.org.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.org.access.CallerScopes;
import vn.tusoi.org.member.Member;
import vn.tusoi.org.member.MemberExport;
import vn.tusoi.platform.security.Caller;

@RestController
class ExportController {

    private final MemberExport export;
    private final CallerScopes scopes;
    private final Clock clock;

    ExportController(MemberExport export, CallerScopes scopes, Clock clock) {
        this.export = export;
        this.scopes = scopes;
        this.clock = clock;
    }

    @GetMapping("/api/org/members/export")
    @PreAuthorize("hasAnyRole('org-admin', 'system-admin')")
    @Operation(summary = "Xuất danh sách đảng viên của một đơn vị kèm thông tin cá nhân (theo mẫu nhập; có ghi nhật ký)")
    ResponseEntity<byte[]> export(Authentication authentication, @RequestParam UUID unitId,
            @RequestParam(defaultValue = "xlsx") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        Caller caller = Caller.from(authentication);
        List<List<Object>> rows = new ArrayList<>();
        for (MemberExport.Row m : export.export(unitId, csv ? "CSV" : "XLSX", caller, scopes.of(caller))) {
            rows.add(Arrays.asList(m.id(), m.fullName(), m.dateOfBirth(), gender(m.gender()), m.partyCardNumber(),
                    m.citizenId(), m.joinedOn(), m.officialOn(), m.email(), m.mobile(), m.homeUnitCode(),
                    m.holdsLeadershipPost(), m.outsidePoliticalSystem()));
        }
        byte[] body = csv ? SpreadsheetWriter.csv(ImportKind.MEMBERS, rows)
                : SpreadsheetWriter.xlsx(ImportKind.MEMBERS, rows, false);
        return ImportController.download(body, csv, "dang-vien-" + LocalDate.now(clock));
    }

    private static String gender(Member.Gender gender) {
        if (gender == null) {
            return null;
        }
        return gender == Member.Gender.FEMALE ? "Nữ" : "Nam";
    }
}

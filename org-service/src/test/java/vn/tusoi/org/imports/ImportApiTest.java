package vn.tusoi.org.imports;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tusoi.org.DemoCallers.ADMIN;
import static vn.tusoi.org.DemoCallers.SECRETARY;
import static vn.tusoi.org.DemoCallers.caller;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceIntegrationTest;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.test.TestClock;

/** Importing units and members from files: whole-file validation, idempotent re-import, scope, restarts. */
class ImportApiTest extends OrgServiceIntegrationTest {

    static final JwtRequestPostProcessor ORG_ADMIN = caller(ADMIN, "org-admin", "member");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportRunner runner;

    @Autowired
    PositionDirectory positions;

    @Autowired
    EmbeddedKafkaBroker broker;

    String submit(ImportKind kind, String fileName, byte[] content, JwtRequestPostProcessor who) throws Exception {
        String body = mvc.perform(multipart("/api/org/imports").file(new MockMultipartFile("file", fileName,
                        "application/octet-stream", content)).param("kind", kind.name()).with(who))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/org/imports/")))
                .andReturn().getResponse().getContentAsString(UTF_8);
        return json.readTree(body).get("id").asString();
    }

    JsonNode awaitEnd(String jobId, JwtRequestPostProcessor who) {
        JsonNode[] job = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            job[0] = json.readTree(mvc.perform(get("/api/org/imports/" + jobId).with(who))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8));
            assertThat(job[0].get("status").asString()).isIn("SUCCEEDED", "REJECTED", "FAILED");
        });
        return job[0];
    }

    static byte[] csv(ImportKind kind, List<List<Object>> rows) {
        return SpreadsheetWriter.csv(kind, rows);
    }

    static List<Object> member(String name, String card, String citizenId, String mobile, String cell) {
        return Arrays.asList(null, name, LocalDate.of(1985, 4, 2), "Nữ", card, citizenId, LocalDate.of(2010, 5, 19),
                LocalDate.of(2011, 5, 19), null, mobile, cell, false, false);
    }

    long members() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }

    @Test
    void templatesHaveTheHeadersTheImportReadsAndAGuide() throws Exception {
        byte[] workbook = mvc.perform(get("/api/org/imports/templates/MEMBERS").with(ORG_ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetReader.read(workbook, SpreadsheetFormat.XLSX, rows::add);
        assertThat(rows.get(0).cells()).containsExactlyElementsOf(ImportKind.MEMBERS.headers());
        try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            assertThat(book.findSheet("Hướng dẫn")).isPresent();
        }

        byte[] csv = mvc.perform(get("/api/org/imports/templates/UNITS").param("format", "csv").with(ORG_ADMIN))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, UTF_8)).startsWith("\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên");
    }

    @Test
    void unitsAndMembersImportOnceAndReimportChangesOnlyWhatChanged() throws Exception {
        // a chi bộ listed before the đảng ủy it belongs to; types by name or by code
        byte[] units = csv(ImportKind.UNITS, List.of(
                Arrays.asList("IMP-CB1", "Chi bộ Thôn Đông, xã Hòa Bình", "CHI_BO_TRUC_THUOC", "IMP-XA"),
                Arrays.asList("IMP-XA", "Đảng ủy xã Hòa Bình", "đảng ủy xã", "TU-BS"),
                Arrays.asList("IMP-CB2", "Chi bộ Thôn Tây, xã Hòa Bình", "Chi bộ trực thuộc", "IMP-XA")));
        JsonNode unitJob = awaitEnd(submit(ImportKind.UNITS, "don-vi.csv", units, ORG_ADMIN), ORG_ADMIN);
        assertThat(unitJob.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(unitJob.get("created").asInt()).isEqualTo(3);
        assertThat(unitJob.get("percent").asInt()).isEqualTo(100);
        String communePath = path("IMP-XA");
        assertThat(path("IMP-CB1")).startsWith(communePath).endsWith(unitId("IMP-CB1") + "/");
        assertThat(path("IMP-CB2")).startsWith(communePath);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'IMPORT_CREATE' and entity_id = ?")
                .param(UuidBytes.of(unitId("IMP-CB1"))).query(Long.class).single()).isEqualTo(1);

        JsonNode again = awaitEnd(submit(ImportKind.UNITS, "don-vi.csv", units, ORG_ADMIN), ORG_ADMIN);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);

        List<List<Object>> people = new ArrayList<>(List.of(
                member("Đỗ Thị Lan", "7100000001", null, "0912345678", "IMP-CB1"),
                member("Vũ Văn Bình", "7100000002", "001085000123", "912345679", "IMP-CB1"),
                member("Hồ Thị Mai", null, "001085000124", null, "IMP-CB2")));
        long before = members();
        JsonNode memberJob = awaitEnd(submit(ImportKind.MEMBERS, "dang-vien.xlsx",
                SpreadsheetWriter.xlsx(ImportKind.MEMBERS, people, false), ORG_ADMIN), ORG_ADMIN);
        assertThat(memberJob.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(memberJob.get("created").asInt()).isEqualTo(3);
        assertThat(memberJob.get("totalRows").asInt()).isEqualTo(3);
        assertThat(members()).isEqualTo(before + 3);
        UUID binh = memberByCard("7100000002");
        assertThat(jdbc.sql("select mobile from member where id = ?").param(UuidBytes.of(binh)).query(String.class)
                .single()).isEqualTo("+84912345679");
        assertThat(jdbc.sql("select count(*) from member where name_search = 'ho thi mai'").query(Long.class)
                .single()).isEqualTo(1);
        assertPublished(Set.of(memberByCard("7100000001"), binh));

        // Lan's phone changes, Bình moves to the other chi bộ, Mai (matched by citizen id) stays as she is
        people.set(0, member("Đỗ Thị Lan", "7100000001", null, "0988000111", "IMP-CB1"));
        people.set(1, member("Vũ Văn Bình", "7100000002", "001085000123", "912345679", "IMP-CB2"));
        JsonNode reimport = awaitEnd(submit(ImportKind.MEMBERS, "dang-vien.csv", csv(ImportKind.MEMBERS, people),
                ORG_ADMIN), ORG_ADMIN);
        assertThat(reimport.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(List.of(reimport.get("created").asInt(), reimport.get("updated").asInt(),
                reimport.get("unchanged").asInt())).containsExactly(0, 2, 1);
        assertThat(members()).isEqualTo(before + 3);
        assertThat(jdbc.sql("select count(*) from member_transfer where member_id = ? and to_unit_id = ?")
                .params(UuidBytes.of(binh), UuidBytes.of(unitId("IMP-CB2"))).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select before_state from audit_entry where action = 'IMPORT_UPDATE' and entity_id = ?
                """).param(UuidBytes.of(memberByCard("7100000001"))).query(String.class).single())
                .contains("+84912345678");
    }

    @Test
    void unitReimportRenamesAndMovesThroughTheTreeRulesAndRefusesBadNestingAndTypeChanges() throws Exception {
        byte[] units = ImportKind.UNITS.csv(List.of(
                Arrays.asList("MV-XA", "Đảng ủy xã Minh Đức", "Đảng ủy xã", "TU-BS"),
                Arrays.asList("MV-CB1", "Chi bộ Thôn 1, xã Minh Đức", "Chi bộ trực thuộc", "MV-XA")));
        assertThat(awaitEnd(submit(ImportKind.UNITS, "mv.csv", units, ORG_ADMIN), ORG_ADMIN).get("status")
                .asString()).isEqualTo("SUCCEEDED");
        UUID cell = unitId("MV-CB1");

        // the chi bộ gets a new name and moves to another commune: one rename, one move of its subtree
        JsonNode changed = awaitEnd(submit(ImportKind.UNITS, "mv-2.csv", ImportKind.UNITS.csv(List.of(
                Arrays.asList("MV-XA", "Đảng ủy xã Minh Đức", "Đảng ủy xã", "TU-BS"),
                Arrays.asList("MV-CB1", "Chi bộ Thôn Đoài, xã Tân Phú", "Chi bộ trực thuộc", "DU-X-TP"))), ORG_ADMIN),
                ORG_ADMIN);
        assertThat(changed.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(List.of(changed.get("created").asInt(), changed.get("updated").asInt(),
                changed.get("unchanged").asInt())).containsExactly(0, 1, 1);
        assertThat(path("MV-CB1")).isEqualTo(path("DU-X-TP") + cell + "/");
        assertThat(jdbc.sql("select name from org_unit where code = 'MV-CB1'").query(String.class).single())
                .isEqualTo("Chi bộ Thôn Đoài, xã Tân Phú");
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by occurred_at, id")
                .param(UuidBytes.of(cell)).query(String.class).list())
                .containsExactly("IMPORT_CREATE", "RENAME", "MOVE");

        String before = path("MV-XA");
        String cycleJob = submit(ImportKind.UNITS, "vong.csv", ImportKind.UNITS.csv(List.of(
                Arrays.asList("MV-A", "Đơn vị A", "Đảng bộ cơ sở", "MV-B"),
                Arrays.asList("MV-B", "Đơn vị B", "Đảng bộ cơ sở", "MV-A"),
                Arrays.asList("MV-XA", "Đảng ủy xã Minh Đức", "Chi bộ cơ sở", "TU-BS"))), ORG_ADMIN);
        assertThat(awaitEnd(cycleJob, ORG_ADMIN).get("status").asString()).isEqualTo("REJECTED");
        mvc.perform(get("/api/org/imports/" + cycleJob + "/errors").with(ORG_ADMIN))
                // two units naming each other as parent: the nesting rules (a hierarchy) refuse it before any loop
                .andExpect(jsonPath("$[?(@.row == 2)].message")
                        .value("Loại \"Đảng bộ cơ sở\" không được đặt trực thuộc đơn vị \"MV-B\"."))
                .andExpect(jsonPath("$[?(@.row == 4 && @.column == 'Loại đơn vị')].message")
                        .value("Không thể đổi loại của đơn vị \"Đảng ủy xã Minh Đức\" bằng cách nhập tệp."));
        assertThat(jdbc.sql("select count(*) from org_unit where code in ('MV-A', 'MV-B')").query(Long.class)
                .single()).isZero();
        assertThat(path("MV-XA")).isEqualTo(before);
    }

    @Test
    void aFileWithErrorsIsRejectedWholeWithRowColumnAndMessage() throws Exception {
        byte[] file = csv(ImportKind.MEMBERS, List.of(
                member("Lý Văn Hợp", "7200000001", null, null, "DU-X-TP-CB1"),
                Arrays.asList(null, "Lý Thị Hoa", "31/02/1980", "X", "7200000002", null, null, null, null, null,
                        "DU-X-TP-CB1", "Không", "Không"),
                member("Ngô Văn Tài", "7200000003", null, null, "KHONG-CO"),
                member("Ngô Văn Tài", "7200000001", null, null, "DU-X-TP-CB1"),
                member("", "7200000005", null, "12345", "DU-X-TP")));
        long before = members();
        String jobId = submit(ImportKind.MEMBERS, "loi.csv", file, ORG_ADMIN);
        JsonNode job = awaitEnd(jobId, ORG_ADMIN);
        assertThat(job.get("status").asString()).isEqualTo("REJECTED");
        assertThat(job.get("errorCount").asInt()).isEqualTo(6);
        assertThat(members()).isEqualTo(before);

        mvc.perform(get("/api/org/imports/" + jobId + "/errors").with(ORG_ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.row == 3 && @.column == 'Ngày sinh')].message")
                        .value("\"31/02/1980\" không phải là ngày hợp lệ (ghi theo dạng dd/mm/yyyy)."))
                .andExpect(jsonPath("$[?(@.row == 3 && @.column == 'Giới tính')].message")
                        .value("Giới tính ghi \"Nam\" hoặc \"Nữ\" (không phải \"X\")."))
                .andExpect(jsonPath("$[?(@.row == 4 && @.column == 'Mã chi bộ')].message")
                        .value("Không tìm thấy đơn vị có mã \"KHONG-CO\" trong phạm vi bạn được xem."))
                .andExpect(jsonPath("$[?(@.row == 5 && @.column == 'Số thẻ đảng viên')].message")
                        .value("Giá trị \"7200000001\" đã có ở dòng 2 của tệp."))
                .andExpect(jsonPath("$[?(@.row == 6 && @.column == 'Họ và tên')].message")
                        .value("Ô này không được để trống."))
                .andExpect(jsonPath("$[?(@.row == 6 && @.column == 'Số điện thoại di động')]").exists());
        mvc.perform(get("/api/org/imports/" + jobId + "/errors").header("Accept-Language", "en").with(ORG_ADMIN))
                .andExpect(jsonPath("$[?(@.row == 4)].message")
                        .value("No unit with code \"KHONG-CO\" within what you may see."));

        // the unit-level problem (a đảng ủy is not a chi bộ) shows once the format is right
        JsonNode notACell = awaitEnd(submit(ImportKind.MEMBERS, "dang-uy.csv", csv(ImportKind.MEMBERS,
                List.of(member("Ngô Văn Tài", "7200000009", null, null, "DU-X-TP"))), ORG_ADMIN), ORG_ADMIN);
        assertThat(notACell.get("status").asString()).isEqualTo("REJECTED");
    }

    @Test
    void filesThatCannotBeReadAreRefusedClearly() throws Exception {
        JsonNode missingColumn = awaitEnd(submit(ImportKind.MEMBERS, "thieu-cot.csv",
                "Họ và tên,Số thẻ đảng viên\nLê Văn A,7300000001\n".getBytes(UTF_8), ORG_ADMIN), ORG_ADMIN);
        assertThat(missingColumn.get("status").asString()).isEqualTo("REJECTED");
        mvc.perform(get("/api/org/imports/" + missingColumn.get("id").asString() + "/errors").with(ORG_ADMIN))
                .andExpect(jsonPath("$[0].row").value(1))
                .andExpect(jsonPath("$[0].message").value("Thiếu cột \"Mã chi bộ\" ở dòng tiêu đề."));

        JsonNode garbage = awaitEnd(submit(ImportKind.MEMBERS, "hong.xlsx", "not a workbook".getBytes(UTF_8),
                ORG_ADMIN), ORG_ADMIN);
        assertThat(garbage.get("status").asString()).isEqualTo("REJECTED");

        byte[] windows1258 = {(byte) 'M', (byte) 0xE3, (byte) ',', (byte) 0xFF, (byte) '\n'};
        JsonNode notUtf8 = awaitEnd(submit(ImportKind.MEMBERS, "ansi.csv", windows1258, ORG_ADMIN), ORG_ADMIN);
        mvc.perform(get("/api/org/imports/" + notUtf8.get("id").asString() + "/errors").with(ORG_ADMIN))
                .andExpect(jsonPath("$[0].message").value(
                        "Không đọc được tệp: hãy dùng tệp Excel (.xlsx) hoặc CSV mã hóa UTF-8."));

        mvc.perform(multipart("/api/org/imports").file(new MockMultipartFile("file", "danh-sach.txt", "text/plain",
                        "x".getBytes(UTF_8))).param("kind", "MEMBERS").with(ORG_ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp \"danh-sach.txt\" không được hỗ trợ: chỉ nhận .xlsx hoặc .csv."));
        mvc.perform(multipart("/api/org/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "x".getBytes(UTF_8))).param("kind", "PARTY_BRANCHES").with(ORG_ADMIN))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tham số \"kind\" không hợp lệ."));
    }

    @Test
    void importsStayWithinWhatTheCallerManages() throws Exception {
        mvc.perform(multipart("/api/org/imports").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "x".getBytes(UTF_8))).param("kind", "MEMBERS").with(caller(SECRETARY, "member")))
                .andExpect(status().isForbidden());

        UUID communeAdmin = memberByCard("9300000150");
        positions.appoint(communeAdmin, unitId("DU-X-TP"), PositionTitle.ORG_ADMIN, TestClock.today().minusYears(1));
        JwtRequestPostProcessor commune = caller(communeAdmin, "org-admin", "member");
        long before = members();
        String jobId = submit(ImportKind.MEMBERS, "xa-khac.csv", csv(ImportKind.MEMBERS, List.of(
                member("Phan Văn Nam", "7400000001", null, null, "DU-X-TP-CB2"),
                member("Phan Văn Bắc", "7400000002", null, null, "DU-X-AH-CB1"))), commune);
        JsonNode job = awaitEnd(jobId, commune);
        assertThat(job.get("status").asString()).isEqualTo("REJECTED");
        assertThat(members()).isEqualTo(before);
        mvc.perform(get("/api/org/imports/" + jobId + "/errors").with(commune))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].row").value(3));

        // someone else's job is not found; a system administrator sees it
        mvc.perform(get("/api/org/imports/" + jobId).with(ORG_ADMIN)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/org/imports/" + jobId).with(caller(UUID.randomUUID(), "system-admin")))
                .andExpect(status().isOk());
    }

    @Test
    void aJobWhoseRunnerDiedIsTakenUpAgainAndGivenUpAfterTooManyAttempts() {
        Caller admin = new Caller("kc-" + ADMIN, Optional.of(ADMIN), Set.of("org-admin", "member"));
        UUID orphan = UUID.randomUUID();
        jobs.create(orphan, ImportKind.MEMBERS, "bo-do.csv", SpreadsheetFormat.CSV, csv(ImportKind.MEMBERS,
                List.of(member("Trịnh Văn Hậu", "7500000001", null, null, "DU-X-AH-CB2"))), admin);
        abandon(orphan, 1);
        UUID hopeless = UUID.randomUUID();
        jobs.create(hopeless, ImportKind.MEMBERS, "lap-lai.csv", SpreadsheetFormat.CSV, csv(ImportKind.MEMBERS,
                List.of(member("Trịnh Văn Lâm", "7500000002", null, null, "DU-X-AH-CB2"))), admin);
        abandon(hopeless, 3);

        runner.poll();

        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(orphan).orElseThrow().status().isFinal()
                && jobs.find(hopeless).orElseThrow().status().isFinal());
        ImportJob resumed = jobs.find(orphan).orElseThrow();
        assertThat(resumed.status()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(resumed.attempts()).isEqualTo(2);
        assertThat(memberByCard("7500000001")).isNotNull();
        ImportJob gaveUp = jobs.find(hopeless).orElseThrow();
        assertThat(gaveUp.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(gaveUp.failureKey()).isEqualTo("import.failed.attempts");
        assertThat(jdbc.sql("select count(*) from member where party_card_number = '7500000002'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from import_job_file where job_id in (?, ?)")
                .params(UuidBytes.of(orphan), UuidBytes.of(hopeless)).query(Long.class).single()).isZero();
    }

    @Test
    void codesMatchWithoutRegardToCaseAndNamesArriveInNfc() throws Exception {
        String precomposed = "Lương Thị Ngọc Ánh";
        String decomposed = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
        assertThat(awaitEnd(submit(ImportKind.MEMBERS, "chu-thuong.csv", csv(ImportKind.MEMBERS,
                List.of(member(decomposed, "7800000001", null, null, "du-x-tp-cb1"))), ORG_ADMIN), ORG_ADMIN)
                .get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select m.full_name from member m join org_unit u on u.id = m.home_unit_id"
                + " where m.party_card_number = '7800000001' and u.code = 'DU-X-TP-CB1'").query(String.class).single())
                .isEqualTo(precomposed);

        // a new unit under "du-x-tp" goes under DU-X-TP; one code written twice in two cases is one code twice
        assertThat(awaitEnd(submit(ImportKind.UNITS, "chu-thuong.csv", ImportKind.UNITS.csv(List.of(
                Arrays.asList("CT-CB1", "Chi bộ Thôn Chữ Thường", "Chi bộ trực thuộc", "du-x-tp"))), ORG_ADMIN),
                ORG_ADMIN).get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select p.code from org_unit u join org_unit p on p.id = u.parent_id where u.code = 'CT-CB1'")
                .query(String.class).single()).isEqualTo("DU-X-TP");
        String twice = submit(ImportKind.UNITS, "hai-lan.csv", ImportKind.UNITS.csv(List.of(
                Arrays.asList("CT-CB2", "Chi bộ Hai", "Chi bộ trực thuộc", "DU-X-TP"),
                Arrays.asList("ct-cb2", "Chi bộ Hai Lần", "Chi bộ trực thuộc", "DU-X-TP"))), ORG_ADMIN);
        assertThat(awaitEnd(twice, ORG_ADMIN).get("status").asString()).isEqualTo("REJECTED");
        mvc.perform(get("/api/org/imports/" + twice + "/errors").with(ORG_ADMIN))
                .andExpect(jsonPath("$[0].row").value(3))
                .andExpect(jsonPath("$[0].message").value("Giá trị \"CT-CB2\" đã có ở dòng 2 của tệp."));
        // an existing unit written in another case is that unit, not a new one
        assertThat(awaitEnd(submit(ImportKind.UNITS, "lai.csv", ImportKind.UNITS.csv(List.of(
                Arrays.asList("ct-cb1", "Chi bộ Thôn Chữ Thường", "Chi bộ trực thuộc", "DU-X-TP"))), ORG_ADMIN),
                ORG_ADMIN).get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void rowsMatchingMembersOutsideTheCallersScopeNameNobody() throws Exception {
        String kinCitizenId = "077000000011";
        assertThat(awaitEnd(submit(ImportKind.MEMBERS, "tan-phu.csv", csv(ImportKind.MEMBERS, List.of(
                member("Trịnh Thị Kín", "7700000001", kinCitizenId, null, "DU-X-TP-CB1"),
                member("Vũ Văn Hẹp", "7700000002", null, null, "DU-X-AH-CB2"))), ORG_ADMIN), ORG_ADMIN)
                .get("status").asString()).isEqualTo("SUCCEEDED");
        // Hẹp administers one xã (An Hòa), not Tân Phú where Kín is
        UUID narrow = memberByCard("7700000002");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/org/members/{id}/positions", narrow).with(caller(ADMIN, "system-admin"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": \"%s\", \"title\": \"ORG_ADMIN\", \"validFrom\": \"%s\"}"
                                .formatted(unitId("DU-X-AH"), TestClock.today().minusMonths(1))))
                .andExpect(status().isCreated());
        JwtRequestPostProcessor narrowAdmin = caller(narrow, "org-admin", "member");

        byte[] probing = csv(ImportKind.MEMBERS, List.of(
                member("Người Dò Thẻ", "7700000001", null, null, "DU-X-AH-CB2"),
                member("Vũ Văn Hẹp", "7700000002", kinCitizenId, null, "DU-X-AH-CB2")));
        long before = members();
        String jobId = submit(ImportKind.MEMBERS, "do-tim.csv", probing, narrowAdmin);
        assertThat(awaitEnd(jobId, narrowAdmin).get("status").asString()).isEqualTo("REJECTED");
        assertThat(members()).isEqualTo(before);
        String outside = "Không nhập được dòng này: mã đảng viên, số thẻ đảng viên hoặc số CCCD không thuộc phạm vi"
                + " bạn quản lý. Đảng viên từ nơi khác đến được chuyển sinh hoạt từ nơi đi, không nhập mới.";
        String errors = mvc.perform(get("/api/org/imports/" + jobId + "/errors").with(narrowAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.row == 2)].message").value(outside))
                .andExpect(jsonPath("$[?(@.row == 3)].message").value(outside))
                .andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(errors).doesNotContain("Kín").doesNotContain("Tân Phú");

        // the province's administrator manages Kín, and is told whose card it is
        String provinceJob = submit(ImportKind.MEMBERS, "do-tim.csv", probing, ORG_ADMIN);
        awaitEnd(provinceJob, ORG_ADMIN);
        mvc.perform(get("/api/org/imports/" + provinceJob + "/errors").with(ORG_ADMIN))
                .andExpect(jsonPath("$[?(@.row == 3)].message")
                        .value("Số CCCD " + kinCitizenId + " đang thuộc về đảng viên Trịnh Thị Kín."));

        // the org-admin role without an administrator's position imports nothing
        mvc.perform(multipart("/api/org/imports").file(new MockMultipartFile("file", "a.csv", "text/csv", probing))
                        .param("kind", "MEMBERS").with(caller(SECRETARY, "org-admin", "member")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Nhập tệp cần chức vụ quản trị tổ chức tại một đơn vị."));
    }

    @Test
    void anExportOfPersonalDataIsAuditedAndImportsBackUnchanged() throws Exception {
        UUID commune = unitId("DU-X-AH");
        // a name typed as a formula opens as text in a spreadsheet, and comes back as typed
        String formula = "=HYPERLINK(\"http://x.example\",\"Bấm vào\")";
        assertThat(awaitEnd(submit(ImportKind.MEMBERS, "cong-thuc.csv", csv(ImportKind.MEMBERS,
                List.of(member(formula, "7600000001", null, null, "DU-X-AH-CB2"))), ORG_ADMIN), ORG_ADMIN)
                .get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(memberByCard("7600000001")).isNotNull();
        assertThat(jdbc.sql("select full_name from member where party_card_number = '7600000001'")
                .query(String.class).single()).isEqualTo(formula);
        mvc.perform(get("/api/org/members/export").param("unitId", commune.toString())
                        .with(caller(SECRETARY, "member")))
                .andExpect(status().isForbidden());
        long auditsBefore = exportAudits(commune);

        byte[] exported = mvc.perform(get("/api/org/members/export").param("unitId", commune.toString())
                        .param("format", "csv").with(ORG_ADMIN))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        List<SheetRow> rows = new ArrayList<>();
        SpreadsheetReader.read(exported, SpreadsheetFormat.CSV, rows::add);
        long active = jdbc.sql("select count(*) from member m join org_unit u on u.id = m.home_unit_id"
                + " where u.path like concat(?, '%') and m.status = 'ACTIVE'").param(path("DU-X-AH"))
                .query(Long.class).single();
        assertThat(rows).hasSize((int) active + 1);
        String text = new String(exported, UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(").doesNotContain("\"=HYPERLINK(").doesNotContain(",=HYPERLINK(");
        assertThat(rows).anySatisfy(row -> assertThat(row.cell(1)).isEqualTo(formula));
        assertThat(rows.get(1).cell(4)).as("party card number").matches("\\d{10}");
        assertThat(exportAudits(commune)).isEqualTo(auditsBefore + 1);
        assertThat(jdbc.sql("select actor from audit_entry where action = 'EXPORT_PERSONAL_DATA' and entity_id = ?"
                + " order by occurred_at desc limit 1").param(UuidBytes.of(commune)).query(String.class).single())
                .isEqualTo("kc-" + ADMIN);

        JsonNode reimport = awaitEnd(submit(ImportKind.MEMBERS, "xuat-ra.csv", exported, ORG_ADMIN), ORG_ADMIN);
        assertThat(reimport.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(reimport.get("unchanged").asInt()).isEqualTo((int) active);
        assertThat(reimport.get("created").asInt() + reimport.get("updated").asInt()).isZero();
    }

    long exportAudits(UUID unitId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'EXPORT_PERSONAL_DATA' and entity_id = ?")
                .param(UuidBytes.of(unitId)).query(Long.class).single();
    }

    /** As if the instance running the job died: the job stays half-way, its heartbeat long gone. */
    void abandon(UUID jobId, int attempts) {
        jdbc.sql("""
                update import_job set status = 'APPLYING', attempts = ?, claimed_by = 'dead-instance',
                       heartbeat_at = ?
                where id = ?
                """).params(attempts, UtcTimes.of(clock.instant().minus(Duration.ofMinutes(10))), UuidBytes.of(jobId))
                .update();
    }

    void assertPublished(Set<UUID> memberIds) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "imports-" + UUID.randomUUID(), true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_MEMBERS);
            Set<UUID> seen = new HashSet<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    MemberChanged event = json.readValue(record.value(), MemberChanged.class);
                    assertThat(record.headers().lastHeader("ce_type")).isNotNull();
                    seen.add(event.memberId());
                });
                assertThat(seen).containsAll(memberIds);
            });
        }
    }

    UUID unitId(String code) {
        return UuidBytes.uuid(jdbc.sql("select id from org_unit where code = ?").param(code).query(byte[].class)
                .single());
    }

    String path(String code) {
        return jdbc.sql("select path from org_unit where code = ?").param(code).query(String.class).single();
    }

    UUID memberByCard(String card) {
        return UuidBytes.uuid(jdbc.sql("select id from member where party_card_number = ?").param(card)
                .query(byte[].class).single());
    }
}

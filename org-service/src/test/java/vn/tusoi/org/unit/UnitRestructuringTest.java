package vn.tusoi.org.unit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tusoi.org.DemoCallers.ADMIN;
import static vn.tusoi.org.DemoCallers.SECRETARY;
import static vn.tusoi.org.DemoCallers.caller;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceIntegrationTest;
import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.org.member.NewMember;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.test.TestClock;

/** Rename, move (with the whole subtree) and close, each audited and published. */
class UnitRestructuringTest extends OrgServiceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgUnitService service;

    @Autowired
    UnitRestructuring restructuring;

    @Autowired
    MemberService memberService;

    @Autowired
    OrgUnitRepository units;

    @Autowired
    EmbeddedKafkaBroker broker;

    OrgUnit province;
    OrgUnit communeA;
    OrgUnit communeB;
    OrgUnit cell;
    OrgUnit group;

    @BeforeEach
    void smallTree() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        province = units.findAll().stream().filter(unit -> unit.getCode().equals("TU-BS")).findFirst().orElseThrow();
        communeA = service.createChild(province.getId(), "A-" + tag, "Đảng ủy xã A", "DANG_UY_XA");
        communeB = service.createChild(province.getId(), "B-" + tag, "Đảng ủy xã B", "DANG_UY_XA");
        cell = service.createChild(communeA.getId(), "C-" + tag, "Chi bộ thôn 1", "CHI_BO_TRUC_THUOC");
        group = service.createChild(cell.getId(), "G-" + tag, "Tổ đảng 1", "TO_DANG");
    }

    String move(UUID unitId, UUID parentId) {
        return "{\"parentId\": \"%s\"}".formatted(parentId);
    }

    @Test
    void movingAUnitCarriesItsSubtreeAndPublishesEveryChangedUnit() throws Exception {
        mvc.perform(post("/api/org/units/{id}/move", cell.getId()).with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(move(cell.getId(), communeB.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(communeB.getId().toString()))
                .andExpect(jsonPath("$.path").value(communeB.getPath() + cell.getId() + "/"));

        OrgUnit movedGroup = units.findById(group.getId()).orElseThrow();
        assertThat(movedGroup.getPath()).isEqualTo(communeB.getPath() + cell.getId() + "/" + group.getId() + "/");
        assertThat(movedGroup.getDepth()).isEqualTo(3);
        assertThat(movedGroup.getVersion()).isGreaterThan(group.getVersion());
        assertThat(units.findByPathStartingWithOrderByPath(communeA.getPath())).extracting(OrgUnit::getId)
                .containsExactly(communeA.getId());

        Map<UUID, OrgUnitChanged> latest = latestEvents(Set.of(cell.getId(), group.getId()), communeB.getPath());
        assertThat(latest.get(group.getId()).path()).isEqualTo(movedGroup.getPath());
        assertThat(latest.get(cell.getId()).parentId()).isEqualTo(communeB.getId());

        mvc.perform(get("/api/org/units/{id}/audit", cell.getId()).with(caller(ADMIN, "system-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("MOVE"))
                .andExpect(jsonPath("$[0].before.parentId").value(communeA.getId().toString()))
                .andExpect(jsonPath("$[0].after.parentId").value(communeB.getId().toString()));
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnSubtreeNorUnderAForbiddenType() throws Exception {
        mvc.perform(post("/api/org/units/{id}/move", communeA.getId()).with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(move(communeA.getId(), cell.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Không thể chuyển \"Đảng ủy xã A\" vào \"Chi bộ thôn 1\" vì \"Chi bộ thôn 1\" là đơn vị trực thuộc của \"Đảng ủy xã A\"."));
        mvc.perform(post("/api/org/units/{id}/move", cell.getId()).with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(move(cell.getId(), province.getId())))
                .andExpect(status().isBadRequest());
        assertThat(units.findById(group.getId()).orElseThrow().getPath()).isEqualTo(group.getPath());
    }

    @Test
    void concurrentMovesOfNestedSubtreesKeepEveryPathConsistent() throws Exception {
        Caller admin = new Caller("admin", java.util.Optional.of(ADMIN), Set.of("system-admin"));
        CallerScope all = new CallerScope(true, Set.of(), null, Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // a subtree moves while a unit inside it moves elsewhere: repeated, because it is a race
            for (int round = 0; round < 15; round++) {
                OrgUnit outer = service.createChild(communeA.getId(), "O-" + UUID.randomUUID().toString()
                        .substring(0, 8), "Chi bộ thôn " + round, "CHI_BO_TRUC_THUOC");
                OrgUnit inner = service.createChild(outer.getId(), "I-" + UUID.randomUUID().toString()
                        .substring(0, 8), "Tổ đảng " + round, "TO_DANG");
                List<Callable<Boolean>> moves = List.of(
                        () -> attempt(() -> restructuring.move(outer.getId(), communeB.getId(), admin, all)),
                        () -> attempt(() -> restructuring.move(inner.getId(), cell.getId(), admin, all)));
                for (Future<Boolean> outcome : pool.invokeAll(moves)) {
                    assertThat(outcome.get()).isTrue();
                }
                assertThat(units.findById(inner.getId()).orElseThrow().getParentId()).isEqualTo(cell.getId());
            }
        } finally {
            pool.shutdownNow();
        }
        Map<UUID, OrgUnit> byId = new HashMap<>();
        units.findByPathStartingWithOrderByPath(province.getPath()).forEach(unit -> byId.put(unit.getId(), unit));
        for (OrgUnit unit : byId.values()) {
            if (unit.getParentId() != null) {
                OrgUnit parent = byId.get(unit.getParentId());
                assertThat(unit.getPath()).as(unit.getName()).isEqualTo(parent.getPath() + unit.getId() + "/");
                assertThat(unit.getDepth()).as(unit.getName()).isEqualTo(parent.getDepth() + 1);
            }
        }
    }

    @Test
    void mergingMovesUnitsAndMembersAcrossThenClosesTheMergedUnit() throws Exception {
        OrgUnit otherCell = service.createChild(communeB.getId(), cell.getCode() + "-M", "Chi bộ thôn Hợp Nhất",
                "CHI_BO_TRUC_THUOC");
        UUID first = memberService.register(null, new NewMember("Lý Văn Hợp", cell.getId(), null, null, null, null,
                null, null, null, null, null, null)).getId();
        UUID second = memberService.register(null, new NewMember("Lý Thị Nhất", cell.getId(), null, null, null,
                null, null, null, null, null, null, null)).getId();
        String today = TestClock.today().toString();

        mvc.perform(post("/api/org/units/{id}/merge", communeA.getId()).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intoUnitId\": \"%s\", \"mergedOn\": \"%s\"}".formatted(cell.getId(), today)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/org/units/{id}/merge", communeA.getId()).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intoUnitId\": \"%s\", \"mergedOn\": \"%s\"}".formatted(communeB.getId(), today)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        assertThat(units.findById(cell.getId()).orElseThrow().getParentId()).isEqualTo(communeB.getId());

        mvc.perform(post("/api/org/units/{id}/merge", cell.getId()).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intoUnitId\": \"%s\", \"mergedOn\": \"%s\"}".formatted(otherCell.getId(), today)))
                .andExpect(status().isOk());
        OrgUnit movedGroup = units.findById(group.getId()).orElseThrow();
        assertThat(movedGroup.getParentId()).isEqualTo(otherCell.getId());
        assertThat(movedGroup.getPath()).startsWith(units.findById(otherCell.getId()).orElseThrow().getPath());
        for (UUID member : List.of(first, second)) {
            mvc.perform(get("/api/org/members/{id}", member).with(caller(ADMIN, "org-admin")))
                    .andExpect(jsonPath("$.homeUnitId").value(otherCell.getId().toString()));
        }
        assertThat(units.findById(cell.getId()).orElseThrow().getStatus()).isEqualTo(OrgUnit.Status.CLOSED);
        mvc.perform(get("/api/org/units/{id}/audit", cell.getId()).with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItems("MOVE", "CLOSE", "MERGE")));
    }

    @Test
    void renameByTheProvincesOrgAdministratorIsAuditedWithBeforeAndAfter() throws Exception {
        mvc.perform(patch("/api/org/units/{id}", cell.getId()).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Chi bộ thôn Đông\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Chi bộ thôn Đông"));
        mvc.perform(get("/api/org/units/{id}/audit", cell.getId()).with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$[0].action").value("RENAME"))
                .andExpect(jsonPath("$[0].actorMemberId").value(ADMIN.toString()))
                .andExpect(jsonPath("$[0].before.name").value("Chi bộ thôn 1"))
                .andExpect(jsonPath("$[0].after.name").value("Chi bộ thôn Đông"));
    }

    @Test
    void onlyUnitsWithoutActiveChildrenOrMembersCanBeClosed() throws Exception {
        mvc.perform(post("/api/org/units/{id}/close", communeA.getId()).with(caller(ADMIN, "system-admin")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/org/units/{id}/close", group.getId()).with(caller(ADMIN, "system-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/org/units/{id}/close", group.getId()).with(caller(ADMIN, "system-admin")))
                .andExpect(status().isConflict());

        UUID cellWithMembers = service.visibleUnits(new CallerScope(true, Set.of(), null, Set.of()),
                        org.springframework.data.domain.PageRequest.of(0, 500)).stream()
                .filter(unit -> unit.getCode().equals("DU-P-DT-CB1")).findFirst().orElseThrow().getId();
        mvc.perform(post("/api/org/units/{id}/close", cellWithMembers).with(caller(ADMIN, "system-admin")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("9 đảng viên")));
    }

    @Test
    void restructuringNeedsAnAdministratorWhoManagesTheUnit() throws Exception {
        mvc.perform(patch("/api/org/units/{id}", cell.getId()).with(caller(SECRETARY, "member"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\"}"))
                .andExpect(status().isForbidden());
        // an org-admin role without a position over this tree cannot even see it
        mvc.perform(patch("/api/org/units/{id}", cell.getId()).with(caller(SECRETARY, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/org/units/{id}/close", group.getId()).with(caller(SECRETARY, "member", "org-admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/org/units/{id}/audit", cell.getId()).with(caller(SECRETARY, "member", "org-admin")))
                .andExpect(status().isNotFound());
        assertThat(units.findById(cell.getId()).orElseThrow().getName()).isEqualTo("Chi bộ thôn 1");
        assertThat(units.findById(group.getId()).orElseThrow().getStatus()).isEqualTo(OrgUnit.Status.ACTIVE);
    }

    private static boolean attempt(Runnable move) {
        try {
            move.run();
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** The newest event per unit among those whose path starts with the prefix. */
    private Map<UUID, OrgUnitChanged> latestEvents(Set<UUID> unitIds, String pathPrefix) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "restructuring-" + UUID.randomUUID(), true);
        JsonMapper json = JsonMapper.builder().build();
        Map<UUID, OrgUnitChanged> latest = new HashMap<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_UNITS);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    OrgUnitChanged event = json.readValue(new String(record.value(), UTF_8), OrgUnitChanged.class);
                    if (unitIds.contains(event.unitId()) && event.path().startsWith(pathPrefix)) {
                        latest.merge(event.unitId(), event, (a, b) -> a.version() >= b.version() ? a : b);
                    }
                });
                assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(unitIds);
            });
        }
        return latest;
    }
}

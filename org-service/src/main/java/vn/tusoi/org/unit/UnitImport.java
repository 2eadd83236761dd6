package vn.tusoi.org.unit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.org.access.CallerScope;
import vn.tusoi.org.audit.AuditLog;
import vn.tusoi.org.bulk.BulkOutcome;
import vn.tusoi.org.bulk.BulkRejectedException;
import vn.tusoi.org.bulk.Progress;
import vn.tusoi.org.bulk.RowProblem;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseText;
import vn.tusoi.platform.web.ApiException;

/**
 * Applies the rows of a unit import in one transaction, under the tree lock. Units are matched by code: new
 * ones are created parents first (a parent may come later in the file), a changed name is a rename and a changed
 * parent a move of the whole subtree, both through the same rules as the API. Nothing is written if any row has
 * a problem.
 */
@Component
public class UnitImport {

    private static final int BATCH = 1_000;

    /** A unit on record, or one the file creates. */
    private record Node(UUID id, String code, String name, String typeCode, String parentCode, String path,
            int depth, boolean active) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final UnitRestructuring restructuring;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitImport(JdbcClient jdbc, JdbcTemplate batch, UnitRestructuring restructuring, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.restructuring = restructuring;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BulkOutcome apply(List<UnitRow> rows, UUID jobId, Caller caller, CallerScope scope, Progress progress,
            boolean checkOnly) {
        restructuring.lockTree();
        Map<String, Node> onRecord = unitsOnRecord();
        rows = sameSpelling(rows, onRecord.keySet());
        Map<String, String> typeCodes = typeCodesByCodeOrName();
        Set<String> rules = rules();

        List<RowProblem> problems = new ArrayList<>();
        Map<String, UnitRow> inFile = new LinkedHashMap<>();
        Map<String, String> wantedType = new HashMap<>();
        for (UnitRow row : rows) {
            UnitRow first = inFile.putIfAbsent(row.code(), row);
            if (first != null) {
                problems.add(RowProblem.of(row.row(), UnitRow.CODE, "import.duplicate-in-file", row.code(),
                        first.row()));
                continue;
            }
            String type = typeCodes.get(VietnameseText.fold(row.type()));
            if (type == null) {
                problems.add(RowProblem.of(row.row(), UnitRow.TYPE, "unit.type.unknown", row.type()));
            } else {
                wantedType.put(row.code(), type);
            }
        }
        List<UnitRow> renames = new ArrayList<>();
        List<UnitRow> moves = new ArrayList<>();
        int unchanged = 0;
        Map<String, Node> planned = new HashMap<>(onRecord);
        for (UnitRow row : inFile.values()) {
            if (!wantedType.containsKey(row.code())) {
                continue;
            }
            int before = problems.size();
            Node existing = onRecord.get(row.code());
            String parentCode = row.parentCode();
            if (existing != null) {
                checkExisting(row, existing, wantedType.get(row.code()), scope, problems);
            }
            if (parentCode == null) {
                if (existing == null && !scope.everything()) {
                    problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit.parent.required"));
                }
            } else if (!inFile.containsKey(parentCode) && !onRecord.containsKey(parentCode)) {
                problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit-code.not-found", parentCode));
            } else {
                checkParent(row, inFile, onRecord, wantedType, rules, scope, problems);
            }
            if (problems.size() > before) {
                continue;
            }
            if (existing != null) {
                boolean renamed = !existing.name().equals(row.name());
                boolean moved = parentCode != null && !parentCode.equals(existing.parentCode());
                if (renamed) {
                    renames.add(row);
                }
                if (moved) {
                    moves.add(row);
                }
                if (!renamed && !moved) {
                    unchanged++;
                }
            }
        }
        if (!problems.isEmpty() || checkOnly) {
            return BulkOutcome.rejected(problems);
        }
        List<Node> inserts = placeNewUnits(inFile, wantedType, planned);
        Instant now = clock.instant();
        insert(inserts, jobId, now, progress);
        audit.recordAll(caller, "IMPORT_CREATE", UnitRestructuring.AUDIT_TYPE, inserts.stream()
                .map(node -> new AuditLog.Change(node.id(), null, view(node, planned))).toList());
        applyThroughRules(renames, moves, planned, caller, scope);
        if (!inserts.isEmpty()) {
            events.publishEvent(new UnitsImported(Ids.newId(), jobId));
        }
        return new BulkOutcome(List.of(), inserts.size(), renames.size() + moves.size() - both(renames, moves),
                unchanged);
    }

    private static int both(List<UnitRow> renames, List<UnitRow> moves) {
        Set<String> moved = new HashSet<>();
        moves.forEach(row -> moved.add(row.code()));
        return (int) renames.stream().filter(row -> moved.contains(row.code())).count();
    }

    private static void checkExisting(UnitRow row, Node existing, String type, CallerScope scope,
            List<RowProblem> problems) {
        if (!scope.canSee(existing.id(), existing.path())) {
            problems.add(RowProblem.of(row.row(), UnitRow.CODE, "unit.code.taken", row.code()));
        } else if (!scope.canManage(existing.path())) {
            problems.add(RowProblem.of(row.row(), UnitRow.CODE, "unit.manage.forbidden", existing.name()));
        } else if (!existing.active()) {
            problems.add(RowProblem.of(row.row(), UnitRow.CODE, "unit.already-closed", existing.name()));
        } else if (!existing.typeCode().equals(type)) {
            problems.add(RowProblem.of(row.row(), UnitRow.TYPE, "import.unit.type-change", existing.name()));
        } else if (row.parentCode() == null && existing.parentCode() != null) {
            problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit.parent.required"));
        }
    }

    /**
     * Checks the row's parent: the type rule, no cycle through the file's rows, and that the nearest unit on
     * record above it is one the caller manages.
     */
    private static boolean checkParent(UnitRow row, Map<String, UnitRow> inFile, Map<String, Node> onRecord,
            Map<String, String> wantedType, Set<String> rules, CallerScope scope, List<RowProblem> problems) {
        String parentCode = row.parentCode();
        String parentType = inFile.containsKey(parentCode) ? wantedType.get(parentCode)
                : onRecord.get(parentCode).typeCode();
        if (parentType == null) {
            return false;
        }
        if (!rules.contains(parentType + ">" + wantedType.get(row.code()))) {
            problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit.type-not-allowed",
                    row.type(), parentCode));
            return false;
        }
        Set<String> seen = new HashSet<>();
        String ancestor = parentCode;
        while (inFile.containsKey(ancestor)) {
            if (ancestor.equals(row.code()) || !seen.add(ancestor)) {
                problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit.cycle", row.code()));
                return false;
            }
            String next = inFile.get(ancestor).parentCode();
            if (next == null) {
                break;
            }
            ancestor = next;
        }
        Node recorded = onRecord.get(ancestor);
        if (recorded == null) {
            if (!scope.everything()) {
                problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "import.unit.parent.required"));
                return false;
            }
        } else if (!scope.canManage(recorded.path())) {
            problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "unit.manage.forbidden", recorded.name()));
            return false;
        } else if (!recorded.active()) {
            problems.add(RowProblem.of(row.row(), UnitRow.PARENT_CODE, "unit.parent.closed", recorded.name()));
            return false;
        }
        return true;
    }

    /** Gives the file's new units ids and paths, parents before children. */
    private static List<Node> placeNewUnits(Map<String, UnitRow> inFile, Map<String, String> wantedType,
            Map<String, Node> planned) {
        List<Node> placed = new ArrayList<>();
        for (UnitRow row : inFile.values()) {
            place(row, inFile, wantedType, planned, placed);
        }
        return placed;
    }

    private static Node place(UnitRow row, Map<String, UnitRow> inFile, Map<String, String> wantedType,
            Map<String, Node> planned, List<Node> placed) {
        Node known = planned.get(row.code());
        if (known != null) {
            return known;
        }
        Node parent = null;
        if (row.parentCode() != null) {
            parent = planned.get(row.parentCode());
            if (parent == null) {
                parent = place(inFile.get(row.parentCode()), inFile, wantedType, planned, placed);
            }
        }
        UUID id = Ids.newId();
        Node node = new Node(id, row.code(), row.name(), wantedType.get(row.code()), row.parentCode(),
                (parent == null ? "/" : parent.path()) + id + "/", parent == null ? 0 : parent.depth() + 1, true);
        planned.put(row.code(), node);
        placed.add(node);
        return node;
    }

    private void insert(List<Node> inserts, UUID jobId, Instant now, Progress progress) {
        Object at = UtcTimes.of(now);
        for (int from = 0; from < inserts.size(); from += BATCH) {
            List<Object[]> args = new ArrayList<>();
            for (Node node : inserts.subList(from, Math.min(inserts.size(), from + BATCH))) {
                args.add(new Object[] {UuidBytes.of(node.id()), node.code(), node.name(), node.typeCode(),
                        node.parentCode() == null ? null : UuidBytes.of(parentId(node)), node.path(),
                        node.depth(), at, at, UuidBytes.of(jobId)});
            }
            batch.batchUpdate("""
                    insert into org_unit (id, code, name, type_code, parent_id, path, depth, status, version,
                                          created_at, updated_at, import_job_id)
                    values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, ?, ?, ?)
                    """, args);
            progress.rowsDone(Math.min(inserts.size(), from + BATCH));
        }
    }

    /** The parent's id is the last id in the node's path before its own. */
    private static UUID parentId(Node node) {
        String[] parts = node.path().split("/");
        return UUID.fromString(parts[parts.length - 2]);
    }

    private void applyThroughRules(List<UnitRow> renames, List<UnitRow> moves, Map<String, Node> planned,
            Caller caller, CallerScope scope) {
        for (UnitRow row : renames) {
            rejectOnRuleBreak(row, () -> restructuring.rename(planned.get(row.code()).id(), row.name(), caller,
                    scope));
        }
        for (UnitRow row : moves) {
            rejectOnRuleBreak(row, () -> restructuring.move(planned.get(row.code()).id(),
                    planned.get(row.parentCode()).id(), caller, scope));
        }
    }

    private static void rejectOnRuleBreak(UnitRow row, Runnable change) {
        try {
            change.run();
        } catch (ApiException refused) {
            throw new BulkRejectedException(List.of(new RowProblem(row.row(), UnitRow.PARENT_CODE,
                    refused.messageKey(), java.util.Arrays.stream(refused.arguments()).map(String::valueOf)
                            .toList())));
        }
    }

    private static UnitView view(Node node, Map<String, Node> planned) {
        UUID parentId = node.parentCode() == null ? null : planned.get(node.parentCode()).id();
        return new UnitView(node.id(), node.code(), node.name(), node.typeCode(), parentId, node.depth(),
                node.path(), "ACTIVE");
    }

    /**
     * The rows with every code spelled as on record, or as where the file first writes it: codes are unique without
     * regard to case (as the database's collation holds them), so "du-x-tp" is the unit "DU-X-TP" and two rows
     * "MV-CB1" and "mv-cb1" are the same code twice.
     */
    static List<UnitRow> sameSpelling(List<UnitRow> rows, Set<String> recordedCodes) {
        Map<String, String> spelling = new HashMap<>();
        recordedCodes.forEach(code -> spelling.put(key(code), code));
        rows.stream().filter(row -> row.code() != null)
                .forEach(row -> spelling.putIfAbsent(key(row.code()), row.code()));
        return rows.stream().map(row -> new UnitRow(row.row(), spelled(row.code(), spelling), row.name(), row.type(),
                spelled(row.parentCode(), spelling))).toList();
    }

    private static String key(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    private static String spelled(String code, Map<String, String> spelling) {
        return code == null ? null : spelling.getOrDefault(key(code), code);
    }

    private Map<String, Node> unitsOnRecord() {
        Map<String, Node> byCode = new HashMap<>();
        jdbc.sql("""
                select u.id, u.code, u.name, u.type_code, p.code, u.path, u.depth, u.status
                from org_unit u left join org_unit p on p.id = u.parent_id
                """).query(rs -> {
                    byCode.put(rs.getString(2), new Node(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                            "ACTIVE".equals(rs.getString(8))));
                });
        return byCode;
    }

    /** Types by their code and by their folded Vietnamese name ("chi bo co so"), so either may be written. */
    private Map<String, String> typeCodesByCodeOrName() {
        Map<String, String> byKey = new HashMap<>();
        jdbc.sql("select code, name from unit_type").query(rs -> {
            byKey.put(VietnameseText.fold(rs.getString(1)), rs.getString(1));
            byKey.put(VietnameseText.fold(rs.getString(2)), rs.getString(1));
        });
        return byKey;
    }

    private Set<String> rules() {
        return new HashSet<>(jdbc.sql("select concat(parent_type, '>', child_type) from unit_type_rule")
                .query(String.class).list());
    }
}

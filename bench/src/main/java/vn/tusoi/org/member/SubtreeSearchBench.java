package vn.tusoi.org.member;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tusoi.bench.BenchDatabase;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Member search at the scale of a province (6,000 units, 160,000 members) on org-service's own schema and
 * search code: the first page of the whole province, of one commune, and by name, beside a plain
 * {@code count(*)} of the member table measured in the same run.
 */
public final class SubtreeSearchBench {

    private static final int COMMUNES = 120;
    private static final int CELLS_PER_COMMUNE = 49;
    private static final int MEMBERS = 160_000;
    private static final int RUNS = 15;

    public static void main(String[] args) throws Exception {
        try (BenchDatabase db = BenchDatabase.start("bench_org")) {
            String url = db.url("bench_org");
            Flyway.configure().dataSource(url, "root", "").load().migrate();
            try (Connection connection = DriverManager.getConnection(url, "root", "")) {
                long loadStart = System.nanoTime();
                String rootPath = load(connection);
                System.out.printf("units=%d%nmembers=%d%nload_seconds=%.1f%n", 1 + COMMUNES
                        + COMMUNES * CELLS_PER_COMMUNE, MEMBERS, (System.nanoTime() - loadStart) / 1e9);
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("analyze table org_unit, member");
                }
                measure(connection, rootPath);
            }
        }
    }

    private static void measure(Connection connection, String rootPath) throws Exception {
        var jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        var search = new MemberSearch(jdbc);
        String communePath = jdbc.sql("select path from org_unit where depth = 1 order by code limit 1")
                .query(String.class).single();

        double baseline = medianMillis(() -> jdbc.sql("select count(*) from member").query(Long.class).single());
        double root = medianMillis(() -> search.search(List.of(rootPath), null, null, 0, 50));
        double commune = medianMillis(() -> search.search(List.of(communePath), null, null, 0, 50));
        double byName = medianMillis(() -> search.search(List.of(rootPath), "nguyen van an", null, 0, 50));
        long found = search.search(List.of(rootPath), null, null, 0, 50).total();

        System.out.printf("root_subtree_members=%d%n", found);
        System.out.printf("baseline_count_all_ms=%.1f%n", baseline);
        System.out.printf("search_page_province_root_ms=%.1f%n", root);
        System.out.printf("search_page_one_commune_ms=%.1f%n", commune);
        System.out.printf("search_name_province_root_ms=%.1f%n", byName);
        System.out.printf("ratio_root_page_to_count_all=%.2f%n", root / baseline);
    }

    /** One province, 120 communes and agencies, 49 chi bộ each, members spread over the chi bộ. */
    private static String load(Connection connection) throws Exception {
        connection.setAutoCommit(false);
        UUID root = Ids.newId();
        String rootPath = "/" + root + "/";
        List<UUID> cells = new ArrayList<>();
        List<String> cellPaths = new ArrayList<>();
        try (PreparedStatement unit = connection.prepareStatement("""
                insert into org_unit (id, code, name, type_code, parent_id, path, depth, status, version,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', 0, now(6), now(6))
                """)) {
            addUnit(unit, root, "TU-BENCH", "Tỉnh ủy Thử tải", "TINH_UY", null, rootPath, 0);
            for (int c = 0; c < COMMUNES; c++) {
                UUID commune = Ids.newId();
                String communePath = rootPath + commune + "/";
                addUnit(unit, commune, String.format("XA-%03d", c), "Đảng ủy xã " + c, "DANG_UY_XA", root,
                        communePath, 1);
                for (int k = 0; k < CELLS_PER_COMMUNE; k++) {
                    UUID cell = Ids.newId();
                    String cellPath = communePath + cell + "/";
                    addUnit(unit, cell, String.format("CB-%03d-%02d", c, k), "Chi bộ " + k, "CHI_BO_TRUC_THUOC",
                            commune, cellPath, 2);
                    cells.add(cell);
                    cellPaths.add(cellPath);
                }
            }
            unit.executeBatch();
        }
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] middle = {"Văn", "Thị", "Đức", "Minh", "Ngọc"};
        String[] given = {"An", "Bình", "Hương", "Dũng", "Lan", "Sơn", "Tuấn", "Yến", "Đạt"};
        try (PreparedStatement member = connection.prepareStatement("""
                insert into member (id, full_name, name_search, home_unit_id, status, version, created_at,
                                    updated_at, party_card_number, joined_on)
                values (?, ?, ?, ?, 'ACTIVE', 0, now(6), now(6), ?, ?)
                """)) {
            for (int i = 0; i < MEMBERS; i++) {
                String name = family[i % family.length] + " " + middle[(i / 8) % middle.length] + " "
                        + given[(i / 40) % given.length];
                member.setBytes(1, UuidBytes.of(Ids.newId()));
                member.setString(2, name);
                member.setString(3, VietnameseText.fold(name));
                member.setBytes(4, UuidBytes.of(cells.get(i % cells.size())));
                member.setString(5, String.format("93%08d", i));
                member.setObject(6, LocalDate.of(1990 + i % 30, 1 + i % 12, 1 + i % 28));
                member.addBatch();
                if (i % 5_000 == 4_999) {
                    member.executeBatch();
                }
            }
            member.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        return rootPath;
    }

    private static void addUnit(PreparedStatement unit, UUID id, String code, String name, String type, UUID parent,
            String path, int depth) throws Exception {
        unit.setBytes(1, UuidBytes.of(id));
        unit.setString(2, code);
        unit.setString(3, name);
        unit.setString(4, type);
        unit.setBytes(5, UuidBytes.of(parent));
        unit.setString(6, path);
        unit.setInt(7, depth);
        unit.addBatch();
    }

    private static double medianMillis(Runnable action) {
        action.run(); // warm-up
        double[] samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            action.run();
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return samples[RUNS / 2];
    }
}

package vn.tusoi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceApplication;
import vn.tusoi.org.member.Member;
import vn.tusoi.org.member.MemberService;
import vn.tusoi.org.member.NewMember;
import vn.tusoi.org.unit.OrgUnitService;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * The outbox after an outage: 100,000 member changes stored while Kafka was unreachable, then org-service
 * restarted with Kafka back. Prints how long the backlog takes to drain and the most heap the service used
 * meanwhile (run with a small heap: it must not run out), beside the heap after start-up with no backlog.
 */
public final class OutboxBacklogBench {

    private static final int BACKLOG = 100_000;

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaKraftBroker kafka = BenchKafka.start();
        try (BenchDatabase db = BenchDatabase.start("bench_outbox")) {
            String url = db.url("bench_outbox");
            // Kafka unreachable: the changes stay in the outbox
            ConfigurableApplicationContext outage = start(url, "localhost:1",
                    "--spring.kafka.producer.properties.max.block.ms=500");
            UUID cell;
            try {
                OrgUnitService units = outage.getBean(OrgUnitService.class);
                UUID root = units.createRoot("TU-OUT", "Tỉnh ủy Thử tải", "TINH_UY").getId();
                UUID commune = units.createChild(root, "XA-OUT", "Đảng ủy xã Thử tải", "DANG_UY_XA").getId();
                cell = units.createChild(commune, "CB-OUT", "Chi bộ Thử tải", "CHI_BO_TRUC_THUOC").getId();
                outage.getBean(MemberService.class).register(null, new NewMember("Nguyễn Văn Mẫu", cell,
                        LocalDate.of(1980, 1, 1), Member.Gender.MALE, "9900000000", null, null, null, null,
                        "0912000000", false, false));
                Thread.sleep(2_000);
                cloneBacklog(outage.getBean(JdbcClient.class), outage.getBean(JdbcTemplate.class));
            } finally {
                outage.close();
            }
            long before = endOffsets(kafka.getBrokersAsString(), Topics.ORG_MEMBERS);
            AtomicLong peak = new AtomicLong();
            Thread watcher = watchHeap(peak);
            long start = System.nanoTime();
            ConfigurableApplicationContext restarted = start(url, kafka.getBrokersAsString());
            try {
                JdbcClient jdbc = restarted.getBean(JdbcClient.class);
                long left;
                while ((left = jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single()) > 0) {
                    if ((System.nanoTime() - start) / 1e9 > 900) {
                        throw new IllegalStateException(left + " publications left after 15 minutes");
                    }
                    Thread.sleep(500);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                watcher.interrupt();
                long sent = endOffsets(kafka.getBrokersAsString(), Topics.ORG_MEMBERS) - before;
                System.gc();
                long settled = usedHeap();
                System.out.printf("backlog=%d%nmax_heap_mib=%d%ndrain_seconds_including_start=%.1f%n", BACKLOG,
                        Runtime.getRuntime().maxMemory() >> 20, seconds);
                System.out.printf("events_sent=%d%npeak_heap_used_mib=%d%nheap_after_drain_mib=%d%n", sent,
                        peak.get() >> 20, settled >> 20);
                System.out.printf("events_per_s=%.0f%n", BACKLOG / seconds);
                System.out.printf("peak_heap_to_max_heap=%.2f%n", (double) peak.get() / Runtime.getRuntime()
                        .maxMemory());
            } finally {
                restarted.close();
            }
        } finally {
            kafka.destroy();
        }
    }

    private static ConfigurableApplicationContext start(String url, String brokers, String... more) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.kafka.bootstrap-servers=" + brokers, "--server.port=0", "--management.server.port=0", "--tusoi.secrets.allow-local=true", "--spring.main.banner-mode=off",
                "--logging.structured.format.console=", "--management.tracing.sampling.probability=0",
                "--spring.kafka.admin.fail-fast=false", "--spring.kafka.admin.auto-create=" + !brokers.endsWith(":1")));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(OrgServiceApplication.class).run(args.toArray(String[]::new));
    }

    /** Copies the stored publication of the sample member 100,000 times, each for another member id. */
    private static void cloneBacklog(JdbcClient jdbc, JdbcTemplate batch) {
        Map<String, Object> sample = jdbc.sql("""
                select listener_id, event_type, serialized_event from event_publication
                where completion_date is null and event_type like '%MemberChanged' limit 1
                """).query().singleRow();
        String serialized = (String) sample.get("serialized_event");
        String memberId = serialized.replaceAll(".*\"memberId\":\"([^\"]+)\".*", "$1");
        String eventId = serialized.replaceAll(".*\"eventId\":\"([^\"]+)\".*", "$1");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            rows.add(new Object[] {UuidBytes.of(Ids.newId()), sample.get("listener_id"), sample.get("event_type"),
                    serialized.replace(memberId, UUID.randomUUID().toString())
                            .replace(eventId, Ids.newId().toString())});
            if (rows.size() == 5_000) {
                insert(batch, rows);
                rows.clear();
            }
        }
        insert(batch, rows);
    }

    private static void insert(JdbcTemplate batch, List<Object[]> rows) {
        batch.batchUpdate("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts)
                values (?, ?, ?, ?, utc_timestamp(6), 'FAILED', 1)
                """, rows);
    }

    private static Thread watchHeap(AtomicLong peak) {
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(usedHeap(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "heap-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private static long usedHeap() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long endOffsets(String brokers, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", brokers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null) {
                return 0;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

}

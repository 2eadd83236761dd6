package vn.tusoi.orgreplica;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.events.Topics;

/**
 * Rebuilds this service's replica from offset 0 of the compacted topics: the tables are emptied, then every
 * partition is read to the end it had when the rebuild began. It reads with its own consumer (no group), so it
 * covers every partition whichever instance runs it; the live listeners keep applying meanwhile, and because
 * every write keeps the highest version, the result is the same whatever the interleaving.
 */
public class ReplicaRebuild implements DisposableBean {

    /** The outcome of the last rebuild this instance ran. */
    public record Status(String state, @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant finishedAt, long records, @Schema(nullable = true) String error) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReplicaRebuild.class);

    private final ConsumerFactory<String, byte[]> consumers;
    private final OrgUnitsListener units;
    private final OrgMembersListener members;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "replica-rebuild"));
    private final AtomicReference<Status> status = new AtomicReference<>(new Status("NEVER_RUN", null, null, 0, null));

    @SuppressWarnings("unchecked") // the service's consumers read String keys and byte[] values (platform defaults)
    ReplicaRebuild(ConsumerFactory<?, ?> consumers, OrgUnitsListener units, OrgMembersListener members,
            JdbcClient jdbc, Clock clock) {
        this.consumers = (ConsumerFactory<String, byte[]>) consumers;
        this.units = units;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return false if a rebuild is already running */
    public synchronized boolean start() {
        if ("RUNNING".equals(status.get().state())) {
            return false;
        }
        Instant started = clock.instant();
        status.set(new Status("RUNNING", started, null, 0, null));
        worker.submit(() -> run(started));
        return true;
    }

    public Status status() {
        return status.get();
    }

    private void run(Instant started) {
        try {
            jdbc.sql("delete from org_unit_replica").update();
            jdbc.sql("delete from org_member_replica").update();
            long records = replay(Topics.ORG_UNITS, units::apply) + replay(Topics.ORG_MEMBERS, members::apply);
            status.set(new Status("DONE", started, clock.instant(), records, null));
            log.info("Replica rebuilt from offset 0: {} records", records);
        } catch (RuntimeException e) {
            log.error("Replica rebuild failed", e);
            status.set(new Status("FAILED", started, clock.instant(), 0, e.getMessage()));
        }
    }

    private long replay(String topic, Consumer<ConsumerRecord<String, byte[]>> apply) {
        long applied = 0;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = consumers.createConsumer(null, "replica-rebuild", null, overrides)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        apply.accept(record);
                        applied++;
                    } catch (RuntimeException unreadable) {
                        log.warn("Skipped record {}-{}@{} during rebuild: {}", record.topic(), record.partition(),
                                record.offset(), unreadable.getMessage());
                    }
                }
                status.set(new Status("RUNNING", status.get().startedAt(), null, applied, null));
            }
        }
        return applied;
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

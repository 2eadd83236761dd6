package vn.tusoi.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft broker from the kafka_2.13 jars, in its own JVM, data kept in the stack's home. */
final class LocalKafka {

    private final StackConfig config;
    private final Path classpathFile;
    private ChildProcess process;

    LocalKafka(StackConfig config, Path classpathFile) {
        this.config = config;
        this.classpathFile = classpathFile;
    }

    String bootstrapServers() {
        return "localhost:" + config.kafkaPort();
    }

    void start() throws Exception {
        Path dir = config.home().resolve("kafka");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path properties = dir.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=localhost:" + (config.kafkaPort() + 1),
                "listeners=PLAINTEXT://localhost:" + config.kafkaPort() + ",CONTROLLER://localhost:"
                        + (config.kafkaPort() + 1),
                "advertised.listeners=PLAINTEXT://localhost:" + config.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                ""));
        Path log4j = dir.resolve("log4j2.properties");
        Files.writeString(log4j, String.join("\n",
                "status = warn",
                "appender.console.type = Console",
                "appender.console.name = STDOUT",
                "appender.console.layout.type = PatternLayout",
                "appender.console.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.stdout.ref = STDOUT",
                ""));
        String classpath = Files.readString(classpathFile).trim();
        List<String> java = List.of(javaBin(), "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath);
        Path logFile = config.logs().resolve("kafka.log");
        if (!Files.exists(data.resolve("meta.properties"))) {
            format(java, properties, logFile);
        }
        process = ChildProcess.start("kafka", concat(java, List.of("kafka.Kafka", properties.toString())), Map.of(),
                dir, logFile, config.home().resolve("run"));
        Readiness.await("Kafka", Duration.ofSeconds(120), process, this::answers);
    }

    private void format(List<String> java, Path properties, Path logFile) throws IOException, InterruptedException {
        List<String> command = concat(java, List.of("kafka.tools.StorageTool", "format", "-t",
                Uuid.randomUuid().toString(), "-c", properties.toString(), "--standalone"));
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("Formatting Kafka's storage failed; see " + logFile);
        }
    }

    private boolean answers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    void stop() {
        if (process != null) {
            process.stop(30);
        }
    }

    ChildProcess process() {
        return process;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}

package vn.tusoi.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One service in this JVM on its own embedded MariaDB and Kafka broker, for the length of a benchmark. */
public final class BenchService {

    /** What a benchmark does with the running service. */
    @FunctionalInterface
    public interface Body {
        void run(ConfigurableApplicationContext service, String jdbcUrl, String brokers) throws Exception;
    }

    private BenchService() {
    }

    /** @param settings further {@code --name=value} settings for the service */
    public static void run(Class<?> application, String schema, Body body, String... settings) throws Exception {
        EmbeddedKafkaKraftBroker kafka = BenchKafka.start();
        try (BenchDatabase db = BenchDatabase.start(schema)) {
            String url = db.url(schema);
            ConfigurableApplicationContext service = start(application, url, kafka.getBrokersAsString(), settings);
            try {
                body.run(service, url, kafka.getBrokersAsString());
            } finally {
                service.close();
            }
        } finally {
            kafka.destroy();
        }
    }

    /** Starts an instance of the service on the given database and broker (a second one, say). */
    public static ConfigurableApplicationContext start(Class<?> application, String jdbcUrl, String brokers,
            String... settings) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.kafka.bootstrap-servers=" + brokers, "--server.port=0", "--management.server.port=0", "--tusoi.secrets.allow-local=true",
                "--spring.main.banner-mode=off", "--logging.structured.format.console=",
                "--management.tracing.sampling.probability=0"));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }
}

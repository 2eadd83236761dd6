package vn.tusoi.bench;

import java.io.PrintStream;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** An embedded KRaft broker for one benchmark run; its start-up chatter goes to stderr, figures own stdout. */
public final class BenchKafka {

    private BenchKafka() {
    }

    public static EmbeddedKafkaKraftBroker start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 3);
        PrintStream out = System.out;
        System.setOut(System.err);
        try {
            kafka.afterPropertiesSet();
        } finally {
            System.setOut(out);
        }
        return kafka;
    }
}

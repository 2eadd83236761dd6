package vn.tusoi.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The four Spring Boot services, each in its own JVM from its executable jar. */
final class LocalServices {

    private final StackConfig config;
    private final String version;
    private final List<ChildProcess> started = new ArrayList<>();

    LocalServices(StackConfig config, String version) {
        this.config = config;
        this.version = version;
    }

    ChildProcess start(String module, int port, Map<String, String> extraEnvironment) throws Exception {
        Path jar = config.root().resolve(module + "/target/" + module + "-" + version + "-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; build first: ./mvnw install -DskipTests");
        }
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("PORT", Integer.toString(port));
        // metrics on a port of their own, a thousand above the service's (9080 for a gateway on 8080)
        environment.put("MANAGEMENT_PORT", Integer.toString(port + 1000));
        // the local realm's credentials are published with the code: allowed here, refused in a deployment
        environment.put("TUSOI_SECRETS_ALLOW_LOCAL", "true");
        environment.put("TUSOI_ISSUER_URI", config.issuer());
        environment.put("TUSOI_DB_USER", config.dbUser());
        environment.put("TUSOI_DB_PASSWORD", config.dbPassword());
        List<String> command = new ArrayList<>(List.of(LocalKafka.javaBin()));
        command.addAll(List.of(jvmOptions().split("\\s+")));
        command.addAll(List.of("-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        ChildProcess process = ChildProcess.start(module, command, environment, config.home(),
                config.logs().resolve(module + ".log"), config.home().resolve("run"));
        started.add(process);
        return process;
    }

    /**
     * Small heaps and the quick compiler only, so that the whole stack starts fast on a laptop; a benchmark sets
     * {@code TUSOI_SERVICE_JVM_OPTIONS} to run the services as in production (both compilers).
     */
    private static String jvmOptions() {
        String options = System.getenv("TUSOI_SERVICE_JVM_OPTIONS");
        return options == null || options.isBlank() ? QUICK_START : options.trim();
    }

    private static final String QUICK_START = "-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    static void awaitReady(ChildProcess process, int port) {
        Readiness.await(process.name(), Duration.ofSeconds(240), process,
                () -> Readiness.httpOk("http://localhost:" + port + "/readyz"));
    }

    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).stop(30);
        }
        started.clear();
    }

    List<ChildProcess> processes() {
        return List.copyOf(started);
    }
}

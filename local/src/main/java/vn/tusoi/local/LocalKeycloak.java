package vn.tusoi.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from the distribution zip in the local Maven repository (downloaded once by the build), unpacked into
 * the stack's home and started in development mode with the tusoi realm imported on first start.
 */
final class LocalKeycloak {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    private final StackConfig config;
    private final Path distributionZip;
    private final String version;
    private ChildProcess process;

    LocalKeycloak(StackConfig config, Path distributionZip, String version) {
        this.config = config;
        this.distributionZip = distributionZip;
        this.version = version;
    }

    void start() throws Exception {
        Path home = config.home().resolve("keycloak-" + version);
        if (!Files.exists(home.resolve("bin/kc.sh"))) {
            unpack(home);
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(config.root().resolve("deploy/keycloak/tusoi-realm.json"), imports.resolve("tusoi-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.keycloakPort(),
                "--http-management-port=" + (config.keycloakPort() + 820),
                "--health-enabled=true", "--import-realm");
        Map<String, String> environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx768m",
                // local stack only: the master realm's administrator
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        process = ChildProcess.start("keycloak", command, environment, home, config.logs().resolve("keycloak.log"),
                config.home().resolve("run"));
        Readiness.await("Keycloak", Duration.ofSeconds(300), process,
                () -> Readiness.httpOk(config.issuer() + "/.well-known/openid-configuration"));
        log.info("Keycloak ready at http://localhost:{}", config.keycloakPort());
    }

    private void unpack(Path target) throws IOException {
        if (!Files.exists(distributionZip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + distributionZip
                    + "; build the project first (./mvnw install -DskipTests) so Maven downloads it");
        }
        log.info("Unpacking Keycloak {} (first start only)", version);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        try (InputStream in = Files.newInputStream(distributionZip); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path out = parent.resolve(entry.getName()).normalize();
                if (!out.startsWith(parent)) {
                    throw new IOException("Unexpected entry in Keycloak zip: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (var scripts = Files.list(target.resolve("bin"))) {
            scripts.filter(path -> path.toString().endsWith(".sh")).forEach(path -> path.toFile().setExecutable(true));
        }
    }

    void stop() {
        if (process != null) {
            process.stop(30);
        }
    }
}

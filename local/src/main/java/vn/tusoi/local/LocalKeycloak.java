package vn.tusoi.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keycloak from the distribution zip in the local Maven repository (downloaded once by the build), unpacked into
 * the stack's home and started in development mode with the tusoi realm imported on first start. The tusoi login and
 * email theme (module {@code keycloak-theme}, a dependency of this module) goes into {@code providers/} before every
 * start; start-dev installs a changed provider by itself.
 */
final class LocalKeycloak {

    private static final Logger log = LoggerFactory.getLogger(LocalKeycloak.class);

    /** A file only the theme jar has, to find it on the classpath. */
    private static final String THEME_FILE = "theme/tusoi/login/theme.properties";

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
        installTheme(home.resolve("providers/tusoi-keycloak-theme.jar"));
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

    /** Copies the theme jar, or packs the theme's classes directory when a build stopped before packaging. */
    private static void installTheme(Path target) throws IOException {
        Path source = themeLocation();
        Path fresh = target.resolveSibling(target.getFileName() + ".new");
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(source)) {
            pack(source, fresh);
        } else {
            Files.copy(source, fresh, StandardCopyOption.REPLACE_EXISTING);
        }
        // an unchanged jar is left alone, so Keycloak does not rebuild itself for nothing
        if (Files.exists(target) && Files.mismatch(fresh, target) == -1) {
            Files.delete(fresh);
        } else {
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING);
            log.info("Keycloak theme installed from {}", source);
        }
    }

    /** The theme jar, or {@code keycloak-theme/target/classes}, wherever the classpath has it. */
    private static Path themeLocation() throws IOException {
        URL url = LocalKeycloak.class.getClassLoader().getResource(THEME_FILE);
        if (url == null) {
            throw new IllegalStateException("The tusoi Keycloak theme is not on the classpath; build the project first"
                    + " (./mvnw install -DskipTests)");
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                return Path.of(jar.getJarFileURL().toURI());
            }
            Path root = Path.of(url.toURI());
            for (int i = 0; i < Path.of(THEME_FILE).getNameCount(); i++) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException e) {
            throw new IOException("Unexpected location of the Keycloak theme: " + url, e);
        }
    }

    private static void pack(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                ZipEntry entry = new ZipEntry(classes.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(Files.getLastModifiedTime(file));
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
    }

    void stop() {
        if (process != null) {
            process.stop(30);
        }
    }
}

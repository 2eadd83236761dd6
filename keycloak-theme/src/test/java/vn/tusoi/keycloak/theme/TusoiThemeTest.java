package vn.tusoi.keycloak.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The theme as Keycloak reads it from the jar: the descriptor, both theme types, and their message bundles. */
class TusoiThemeTest {

    /** keycloak.v2's own {@code styles} in its login theme.properties (Keycloak 26.7.3). */
    private static final List<String> KEYCLOAK_V2_STYLES = List.of("css/styles.css");

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void themesDescriptorNamesTusoiWithLoginAndEmailTypes() throws IOException {
        JsonNode descriptor = JsonMapper.builder().build().readTree(read("META-INF/keycloak-themes.json"));

        JsonNode themes = descriptor.get("themes");
        assertThat(themes.size()).isEqualTo(1);
        assertThat(themes.get(0).get("name").asString()).isEqualTo("tusoi");
        List<String> types = new ArrayList<>();
        themes.get(0).get("types").forEach(type -> types.add(type.asString()));
        assertThat(types).containsExactlyInAnyOrder("login", "email");
    }

    @Test
    void loginThemeExtendsKeycloakV2AndAddsTusoiCssAfterTheParentStyles() throws IOException {
        Properties login = properties("theme/tusoi/login/theme.properties");

        assertThat(login.getProperty("parent")).isEqualTo("keycloak.v2");
        assertThat(login.getProperty("import")).isEqualTo("common/keycloak");
        List<String> styles = List.of(login.getProperty("styles").trim().split("\\s+"));
        assertThat(styles.subList(0, styles.size() - 1)).isEqualTo(KEYCLOAK_V2_STYLES);
        assertThat(styles.get(styles.size() - 1)).isEqualTo("css/tusoi.css");
        assertThat(resource("theme/tusoi/login/resources/css/tusoi.css")).isRegularFile();
        assertThat(login.getProperty("locales")).isEqualTo("vi,en");
    }

    @Test
    void emailThemeExtendsBaseInVietnameseAndEnglish() throws IOException {
        Properties email = properties("theme/tusoi/email/theme.properties");

        assertThat(email.getProperty("parent")).isEqualTo("base");
        assertThat(email.getProperty("locales")).isEqualTo("vi,en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void vietnameseAndEnglishMessagesHaveTheSameKeys(String type) throws IOException {
        Properties vi = messages(type, "vi");
        Properties en = messages(type, "en");

        assertThat(vi).isNotEmpty();
        assertThat(vi.stringPropertyNames()).as("keys in messages_vi missing from messages_en")
                .isSubsetOf(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys in messages_en missing from messages_vi")
                .isSubsetOf(vi.stringPropertyNames());
    }

    @Test
    void everyPropertiesFileIsValidUtf8() throws IOException {
        List<Path> files = propertiesFiles();

        assertThat(files).hasSize(6);
        for (Path file : files) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file + " is not valid UTF-8", e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void everyVietnameseMessageIsWrittenWithDiacritics(String type) throws IOException {
        Properties vi = messages(type, "vi");

        for (String key : vi.stringPropertyNames()) {
            assertThat(VIETNAMESE_LETTER.matcher(vi.getProperty(key)).find())
                    .as("%s in %s/messages_vi has no Vietnamese diacritics: %s", key, type, vi.getProperty(key))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"login", "email"})
    void everyMessageIsAValidMessageFormatWithDoubledApostrophes(String type) throws IOException {
        for (String locale : List.of("vi", "en")) {
            Properties messages = messages(type, locale);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                new MessageFormat(value);
                assertThat(value.replace("''", "")).as("%s in %s/messages_%s", key, type, locale).doesNotContain("'");
            }
        }
    }

    @Test
    void emailMessagesUseTheBaseThemesPlaceholders() throws IOException {
        // what Keycloak's base email templates pass: link, lifetime in minutes, realm name, (actions,) lifetime in words
        Map<String, Set<Integer>> expected = Map.of(
                "passwordResetSubject", Set.of(),
                "passwordResetBody", Set.of(0, 2, 3),
                "passwordResetBodyHtml", Set.of(0, 2, 3),
                "executeActionsSubject", Set.of(),
                "executeActionsBody", Set.of(0, 2, 3, 4),
                "executeActionsBodyHtml", Set.of(0, 2, 3, 4),
                "emailVerificationSubject", Set.of(),
                "emailVerificationBody", Set.of(0, 2, 3),
                "emailVerificationBodyHtml", Set.of(0, 2, 3));
        for (String locale : List.of("vi", "en")) {
            Properties messages = messages("email", locale);
            expected.forEach((key, placeholders) -> assertThat(placeholders(messages.getProperty(key)))
                    .as("%s in messages_%s", key, locale)
                    .isEqualTo(placeholders));
        }
    }

    private static Set<Integer> placeholders(String message) {
        assertThat(message).isNotNull();
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static Properties messages(String type, String locale) throws IOException {
        return properties("theme/tusoi/" + type + "/messages/messages_" + locale + ".properties");
    }

    private static Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(read(name)));
        return properties;
    }

    private static String read(String name) throws IOException {
        return Files.readString(resource(name), StandardCharsets.UTF_8);
    }

    private static List<Path> propertiesFiles() throws IOException {
        try (Stream<Path> files = Files.walk(resource("theme/tusoi"))) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        }
    }

    private static Path resource(String name) {
        var url = TusoiThemeTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

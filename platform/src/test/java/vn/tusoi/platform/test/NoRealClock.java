package vn.tusoi.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Tests never read the machine's clock: "today" comes from {@link TestClock}. This finds any test class that calls
 * {@code now()} of a {@code java.time} type without a clock, {@code Clock.system*}, {@code System.currentTimeMillis}
 * or {@code new Date()}. The one exception is {@link TestTokens}: a token's lifetime is checked by the JWT library
 * against the machine's clock, as Keycloak's tokens are, and has nothing to do with the calendar.
 */
public final class NoRealClock {

    private static final Set<String> ALLOWED = Set.of(TestTokens.class.getName(), TestTokens.Builder.class.getName());

    private NoRealClock() {
    }

    /** Checks the test classes (not the main ones) under {@code basePackage} of the module that calls it. */
    public static void verifyTests(String basePackage) {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages(basePackage);
        rule().check(tests);
    }

    /** The rule itself, for any set of classes. */
    public static ArchRule rule() {
        return noClasses().that(DescribedPredicate.describe("are not TestTokens",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !ALLOWED.contains(c.getName())))
                .should().callCodeUnitWhere(readsTheRealClock())
                .because("every date in a test comes from TestClock (TUSOI_TEST_TODAY), not from the machine")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaCall<?>> readsTheRealClock() {
        return DescribedPredicate.describe("read the machine's clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                    .map(type -> type.getName()).toList();
            if (owner.startsWith("java.time.") && name.equals("now")) {
                return !parameters.equals(List.of(Clock.class.getName()));
            }
            if (owner.equals(Clock.class.getName())) {
                return name.startsWith("system");
            }
            if (owner.equals(System.class.getName())) {
                return name.equals("currentTimeMillis");
            }
            if (owner.equals(java.util.Date.class.getName())) {
                return name.equals("<init>") && parameters.isEmpty();
            }
            return false;
        });
    }
}

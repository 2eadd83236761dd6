package vn.tusoi.platform.test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;

/**
 * Package-by-feature rules for a service: features ({@code <base>.<feature>}) do not form cycles, and a feature
 * uses another only through the classes in that feature's top package, never its sub-packages (internals).
 */
public final class FeatureBoundaries {

    private FeatureBoundaries() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);

        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);

        ArchRuleDefinition.classes().should(onlyUseTopPackagesOfOtherFeatures(basePackage)).allowEmptyShould(true)
                .check(classes);
    }

    private static ArchCondition<JavaClass> onlyUseTopPackagesOfOtherFeatures(String basePackage) {
        return new ArchCondition<>("use other features only through their top package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownFeature = feature(basePackage, origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String targetPackage = dependency.getTargetClass().getPackageName();
                    String targetFeature = feature(basePackage, targetPackage);
                    if (targetFeature == null || targetFeature.equals(ownFeature)) {
                        return;
                    }
                    if (!targetPackage.equals(basePackage + "." + targetFeature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " reaches into the internals of feature " + targetFeature));
                    }
                });
            }
        };
    }

    private static String feature(String basePackage, String packageName) {
        if (!packageName.startsWith(basePackage + ".")) {
            return null;
        }
        String rest = packageName.substring(basePackage.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

package vn.tusoi.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import fixtures.realclock.ReadsTheMachinesClock;

class NoRealClockTest {

    @Test
    void testsReadTheTestClockNotTheMachines() {
        NoRealClock.verifyTests("vn.tusoi.platform");
    }

    @Test
    void aTestThatReadsTheMachinesClockIsFound() {
        EvaluationResult result = NoRealClock.rule()
                .evaluate(new ClassFileImporter().importClasses(ReadsTheMachinesClock.class));
        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains("LocalDate.now(java.time.ZoneId)"))
                .anyMatch(line -> line.contains("Instant.now()"))
                .noneMatch(line -> line.contains("fromAClock"));
    }
}

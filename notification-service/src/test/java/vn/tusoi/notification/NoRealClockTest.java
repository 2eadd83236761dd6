package vn.tusoi.notification;

import org.junit.jupiter.api.Test;

import vn.tusoi.platform.test.NoRealClock;

class NoRealClockTest {

    @Test
    void testsReadTheTestClockNotTheMachines() {
        NoRealClock.verifyTests("vn.tusoi.notification");
    }
}

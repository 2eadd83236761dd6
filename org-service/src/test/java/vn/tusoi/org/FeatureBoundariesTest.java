package vn.tusoi.org;

import org.junit.jupiter.api.Test;

import vn.tusoi.platform.test.FeatureBoundaries;

class FeatureBoundariesTest {

    @Test
    void featuresDoNotReachIntoEachOther() {
        FeatureBoundaries.verify("vn.tusoi.org");
    }
}

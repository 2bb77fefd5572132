package io.github.raceguard.types;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TestSourcesTest {

    @Test
    void testSourceSetsOfMavenAndGradle() {
        assertTrue(TestSources.isTestPath(Path.of("/repo/app/src/test/java/com/acme/OrderServiceTest.java")));
        assertTrue(TestSources.isTestPath(Path.of("app/src/it/java/com/acme/CheckoutIT.java")));
        assertTrue(TestSources.isTestPath(Path.of("app/src/integrationTest/java/com/acme/A.java")));
        assertTrue(TestSources.isTestPath(Path.of("app/src/testFixtures/java/com/acme/A.java")));
        assertFalse(TestSources.isTestPath(Path.of("/repo/app/src/main/java/com/acme/test/Fixtures.java")));
        assertFalse(TestSources.isTestPath(Path.of("/repo/test/src/main/java/com/acme/A.java")));
    }

    @Test
    void testModulesBelowTheGivenFolder() {
        Path root = Path.of("/work/shop");
        assertTrue(TestSources.isTestFile(Path.of("/work/shop/integration-tests/app/src/main/java/A.java"), root));
        assertTrue(TestSources.isTestFile(Path.of("/work/shop/yudao-module-test/src/main/java/A.java"), root));
        assertTrue(TestSources.isTestFile(Path.of("/work/shop/shop-tests/src/main/java/A.java"), root));
        assertTrue(TestSources.isTestFile(Path.of("/work/shop/app/src/test/java/A.java"), root));
        assertFalse(TestSources.isTestFile(Path.of("/work/shop/app/src/main/java/A.java"), root));
        assertFalse(TestSources.isTestFile(Path.of("/work/shop/test-support/src/main/java/A.java"), root), "test-* is not *-test*");
        assertFalse(TestSources.isTestFile(Path.of("/work/shop/app/src/main/java/com/x/string-tests/A.java"), root),
                "a *-test* folder that is not a module (no src/ below it)");
        // the folder given on the command line is never itself taken for a test module
        assertFalse(TestSources.isTestFile(Path.of("/work/orders-test/src/main/java/A.java"), Path.of("/work/orders-test")));
    }
}

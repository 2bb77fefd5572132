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
}

package io.github.raceguard.maven;

import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatTest {

    @Test
    void findingLineIsPathLineColumnRuleMessage() {
        Path root = Path.of("/repo").toAbsolutePath();
        Location read = new Location(root.resolve("services/src/main/java/a/S.java"), 15, 9, 15, 40, null);
        Finding finding = new Finding("lost-update", Level.ERROR,
                "The save races with the [read](1).\nAdd @Version.", new Location(root.resolve("services/src/main/java/a/S.java"), 17, 9, 17, 30, null),
                List.of(read), List.of(), "a.S#m");

        assertEquals("services/src/main/java/a/S.java:[17,9] [lost-update] The save races with the read (S.java:15). Add @Version.",
                AbstractRaceGuardMojo.format(finding, root));
    }

    @Test
    void listParametersAlsoSplitAtCommas() {
        assertEquals(List.of("**/generated/**", "**/legacy/**", "a"),
                ModuleAnalysis.split(Arrays.asList("**/generated/**, **/legacy/**", " ", null, "a,")));
        assertEquals(List.of(), ModuleAnalysis.split(null));
    }
}

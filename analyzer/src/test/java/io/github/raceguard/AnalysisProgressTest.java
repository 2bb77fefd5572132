package io.github.raceguard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress listener hears parse, model and rules in that order, with the right counts. */
class AnalysisProgressTest {

    @TempDir
    Path dir;

    @Test
    void phasesInOrderWithTheirCounts() throws Exception {
        Path src = dir.resolve("src/main/java/shop");
        Files.createDirectories(src);
        Files.writeString(src.resolve("A.java"), "package shop; class A { int a; }");
        Files.writeString(src.resolve("B.java"), "package shop; class B { void b() { new A().a++; } }");
        Files.writeString(src.resolve("C.java"), "package shop; class C { }");
        Files.writeString(src.resolve("Broken.java"), "package shop; class Broken { void x( { }");
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<Integer> parseSteps = Collections.synchronizedList(new ArrayList<>());
        AnalysisProgress listener = new AnalysisProgress() {
            @Override
            public void phaseStarted(Phase phase, int total) {
                events.add("start " + phase.label() + " " + total);
            }

            @Override
            public void advanced(Phase phase, int done, int total) {
                if (phase == Phase.PARSE) {
                    parseSteps.add(done);
                }
                assertTrue(done >= 1 && done <= total, phase + " " + done + "/" + total);
            }

            @Override
            public void phaseFinished(Phase phase, int count, long nanos) {
                assertTrue(nanos >= 0);
                events.add("end " + phase.label() + " " + count);
            }
        };
        Analysis.run(new AnalysisRequest(List.of(dir.resolve("src/main/java")), List.of(), Set.of(), dir, List.of())
                .withThreads(2).withProgress(listener));
        // four files read, one does not parse: the model and the rules see three
        assertEquals(List.of("start parse 4", "end parse 4", "start model 3", "end model 3", "start rules 3", "end rules 3"), events);
        List<Integer> sorted = new ArrayList<>(parseSteps);
        Collections.sort(sorted);
        assertEquals(List.of(1, 2, 3, 4), sorted, "every parsed file advances the count once");
    }

    @Test
    void describeAFinishedPhase() {
        assertEquals("RaceGuard: parsed 62 files in 1.2 s", AnalysisProgress.describe(AnalysisProgress.Phase.PARSE, 62, 1_240_000_000L));
        assertEquals("RaceGuard: built the model of 1 file in 0.0 s", AnalysisProgress.describe(AnalysisProgress.Phase.MODEL, 1, 1_000L));
        assertEquals("RaceGuard: ran the rules on 3 files in 10.0 s", AnalysisProgress.describe(AnalysisProgress.Phase.RULES, 3, 10_000_000_000L));
    }
}

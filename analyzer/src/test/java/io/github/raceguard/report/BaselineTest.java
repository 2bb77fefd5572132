package io.github.raceguard.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    @TempDir
    Path repo;

    private Path service;

    @BeforeEach
    void writeSource() throws IOException {
        service = repo.resolve("app/src/main/java/com/acme/AccountService.java");
        Files.createDirectories(service.getParent());
        write(service, """
                package com.acme;

                class AccountService {
                    void withdraw(long id, long amount) {
                        Account a = accounts.findById(id).orElseThrow();
                        a.setBalance(a.getBalance() - amount);
                        accounts.save(a);
                    }

                    void deposit(long id, long amount) {
                        Account a = accounts.findById(id).orElseThrow();
                        a.setBalance(a.getBalance() + amount);
                        accounts.save(a);
                    }
                }
                """);
    }

    @Test
    void acceptedFindingsAreHiddenAndCounted() throws IOException {
        Path file = repo.resolve("raceguard-baseline.json");
        Baseline.write(result(finding("lost-update", 7, "withdraw")), file);

        AnalysisResult checked = Baseline.read(file).apply(
                result(finding("lost-update", 7, "withdraw"), finding("lost-update", 13, "deposit")));

        assertEquals(1, checked.baselined());
        assertEquals(1, checked.findings().size());
        assertEquals("com.acme.AccountService#deposit", checked.findings().get(0).enclosingMember());
    }

    @Test
    void entriesNameRuleRelativeFileMemberAndNormalizedSnippet() {
        Baseline baseline = Baseline.of(result(finding("lost-update", 7, "withdraw")));

        assertEquals(List.of(new Baseline.Entry("lost-update", "app/src/main/java/com/acme/AccountService.java",
                "com.acme.AccountService#withdraw", "accounts.save(a);")), baseline.entries());
    }

    @Test
    void matchSurvivesUnrelatedEditsThatMoveTheLine() throws IOException {
        Path file = repo.resolve("raceguard-baseline.json");
        Baseline.write(result(finding("lost-update", 7, "withdraw")), file);

        String moved = Files.readString(service)
                .replace("class AccountService {", "// a new comment\nclass AccountService {\n\n    private int unrelated;\n")
                .replace("        accounts.save(a);\n    }\n\n    void deposit", "\t\taccounts.save(a);   \n    }\n\n    void deposit");
        write(service, moved);

        AnalysisResult checked = Baseline.read(file).apply(result(finding("lost-update", 11, "withdraw")));

        assertEquals(0, checked.findings().size(), "line moved from 7 to 11, tabs and trailing spaces added");
        assertEquals(1, checked.baselined());
    }

    @Test
    void changedStatementRuleOrMemberIsNotMatched() throws IOException {
        Path file = repo.resolve("raceguard-baseline.json");
        Baseline.write(result(finding("lost-update", 7, "withdraw")), file);
        Baseline baseline = Baseline.read(file);

        assertEquals(1, baseline.apply(result(finding("lost-update-weak-isolation", 7, "withdraw"))).findings().size());
        assertEquals(1, baseline.apply(result(finding("lost-update", 7, "withdrawAll"))).findings().size());
        assertEquals(1, baseline.apply(result(finding("lost-update", 6, "withdraw"))).findings().size(),
                "another statement of the same method");
    }

    @Test
    void entriesAreAMultiset() throws IOException {
        Path file = repo.resolve("raceguard-baseline.json");
        // the same statement text in the same member twice (e.g. two identical branches)
        Baseline.write(result(finding("lost-update", 7, "withdraw"), finding("lost-update", 7, "withdraw")), file);
        Baseline baseline = Baseline.read(file);
        assertEquals(2, baseline.size());

        AnalysisResult three = baseline.apply(result(finding("lost-update", 7, "withdraw"),
                finding("lost-update", 7, "withdraw"), finding("lost-update", 7, "withdraw")));
        assertEquals(2, three.baselined());
        assertEquals(1, three.findings().size());

        AnalysisResult one = Baseline.read(file).apply(result(finding("lost-update", 7, "withdraw")));
        assertEquals(1, one.baselined());
        assertEquals(0, one.findings().size());
    }

    @Test
    void baselinedCountAddsToAnEarlierCount() {
        AnalysisResult earlier = result(finding("lost-update", 7, "withdraw")).withBaseline(
                List.of(finding("lost-update", 7, "withdraw")), 3);
        AnalysisResult checked = Baseline.of(earlier).apply(earlier);
        assertEquals(4, checked.baselined());
    }

    @Test
    void outputIsDeterministicWhateverTheFindingOrder() throws IOException {
        Path other = repo.resolve("app/src/main/java/com/acme/Other.java");
        write(other, "class Other {\n  void run() {\n    repo.save(x);\n  }\n}\n");
        Finding a = finding("lost-update", 7, "withdraw");
        Finding b = finding("lost-update", 13, "deposit");
        Finding c = new Finding("missing-transaction", Level.WARNING, "m", location(other, 3), List.of(), List.of(),
                "com.acme.Other#run");

        Path first = repo.resolve("one.json");
        Path second = repo.resolve("two.json");
        Baseline.write(result(a, b, c), first);
        Baseline.write(result(c, b, a), second);

        String text = Files.readString(first);
        assertEquals(text, Files.readString(second));
        assertTrue(text.endsWith("}\n") && !text.contains("\r"), text);
        assertTrue(text.indexOf("#deposit") < text.indexOf("#withdraw"), "sorted by file, then member: " + text);
        assertTrue(text.indexOf("AccountService.java") < text.indexOf("Other.java"), text);
        assertEquals("""
                {
                  "version" : 1,
                  "tool" : "RaceGuard",
                  "findings" : [
                    {
                      "rule" : "lost-update",
                      "file" : "app/src/main/java/com/acme/AccountService.java",
                      "member" : "com.acme.AccountService#deposit",
                      "snippet" : "accounts.save(a);"
                    },
                    {
                      "rule" : "lost-update",
                      "file" : "app/src/main/java/com/acme/AccountService.java",
                      "member" : "com.acme.AccountService#withdraw",
                      "snippet" : "accounts.save(a);"
                    },
                    {
                      "rule" : "missing-transaction",
                      "file" : "app/src/main/java/com/acme/Other.java",
                      "member" : "com.acme.Other#run",
                      "snippet" : "repo.save(x);"
                    }
                  ]
                }
                """, text);
    }

    @Test
    void baselineWrittenUnderAnotherRootStillMatches() throws IOException {
        // written while the repository root was detected as the module folder "app"
        Path file = repo.resolve("raceguard-baseline.json");
        AnalysisResult fromModule = new AnalysisResult(repo.resolve("app"), List.of(),
                List.of(finding("lost-update", 7, "withdraw")), List.of(), 0, List.of(), 1);
        Baseline.write(fromModule, file);
        assertTrue(Files.readString(file).contains("\"src/main/java/com/acme/AccountService.java\""));

        AnalysisResult checked = Baseline.read(file).apply(result(finding("lost-update", 7, "withdraw")));
        assertEquals(1, checked.baselined());
    }

    @Test
    void relativeFindingPathsAreResolvedAgainstTheSourceRoot() {
        Finding relative = new Finding("lost-update", Level.ERROR, "m",
                new Location(Path.of("app/src/main/java/com/acme/AccountService.java"), 7, 9, 7, 25, null),
                List.of(), List.of(), "com.acme.AccountService#withdraw");
        assertEquals("accounts.save(a);", Baseline.of(result(relative)).entries().get(0).snippet());
    }

    @Test
    void unreadableSourceGivesAnEmptySnippetNotAnError() {
        Finding gone = new Finding("lost-update", Level.ERROR, "m", location(repo.resolve("Gone.java"), 3),
                List.of(), List.of(), null);
        Baseline baseline = Baseline.of(result(gone));
        assertEquals(new Baseline.Entry("lost-update", "Gone.java", "", ""), baseline.entries().get(0));
        assertEquals(1, baseline.apply(result(gone)).baselined());
    }

    @Test
    void emptyBaselineRoundTrips() throws IOException {
        Path file = repo.resolve("sub/dir/raceguard-baseline.json");
        Baseline.write(result(), file);
        assertEquals(0, Baseline.read(file).size());
    }

    @Test
    void readRejectsWhatIsNotABaseline() throws IOException {
        Path missing = repo.resolve("missing.json");
        assertThrows(IOException.class, () -> Baseline.read(missing));

        Path garbage = repo.resolve("garbage.json");
        write(garbage, "{ not json");
        IOException invalid = assertThrows(IOException.class, () -> Baseline.read(garbage));
        assertTrue(invalid.getMessage().contains("garbage.json"), invalid.getMessage());

        Path future = repo.resolve("future.json");
        write(future, "{\"version\": 2, \"findings\": []}");
        IOException version = assertThrows(IOException.class, () -> Baseline.read(future));
        assertTrue(version.getMessage().contains("version"), version.getMessage());

        Path noFindings = repo.resolve("nofindings.json");
        write(noFindings, "{\"version\": 1}");
        assertThrows(IOException.class, () -> Baseline.read(noFindings));
    }

    private Finding finding(String rule, int line, String method) {
        return new Finding(rule, Level.ERROR, "message", location(service, line), List.of(), List.of(),
                "com.acme.AccountService#" + method);
    }

    private static Location location(Path file, int line) {
        return new Location(file, line, 9, line, 25, null);
    }

    private AnalysisResult result(Finding... findings) {
        return new AnalysisResult(repo, List.of(), new ArrayList<>(List.of(findings)), List.of(), 0, List.of(),
                findings.length);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

package io.github.raceguard.maven;

import io.github.raceguard.AnalysisRequest;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.monitor.logging.DefaultLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.logging.console.ConsoleLogger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The requests the goals build from Maven's project model, above all report-aggregate's reactor request. */
class ModuleAnalysisTest {

    @TempDir
    Path dir;

    private MavenProject root;
    private MavenProject domain;
    private MavenProject services;
    private Path springJar;
    private MavenSession session;

    @BeforeEach
    void reactor() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        springJar = Files.createFile(dir.resolve("spring-data-jpa.jar"));
        root = project(dir, "root", "pom");
        domain = project(dir.resolve("domain"), "domain", "jar");
        services = project(dir.resolve("services"), "services", "jar");
        javaFile(domain, "com/acme/Stock.java");
        javaFile(services, "com/acme/StockService.java");
        // services sees domain through its jar (a reactor build after package) and Spring Data
        Path domainJar = Path.of(domain.getBuild().getDirectory(), "domain-1.0.jar");
        services.setArtifacts(new LinkedHashSet<>(List.of(artifact("domain", domainJar), artifact("spring-data-jpa", springJar))));
        domain.setArtifacts(new LinkedHashSet<>(List.of(artifact("spring-data-jpa", springJar))));
        root.setArtifacts(Set.of());
        root.setExecutionRoot(true);
        session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
        session.setProjects(List.of(root, domain, services));
    }

    @Test
    void oneModuleItsSourcesAndItsClasspathWithoutItsOwnOutput() throws MojoExecutionException {
        AnalysisRequest request = analysis(List.of()).request(services);
        assertEquals(List.of(dir.resolve("services/src/main/java")), request.sources());
        assertEquals(List.of(dir.resolve("services/target/../../domain/target/domain-1.0.jar").normalize(), springJar),
                request.classpath());
        assertEquals(dir, request.sourceRoot());
        assertEquals(dir.resolve("services/target/raceguard-cache"), request.cacheDirectory());
    }

    @Test
    void theReactorTogetherSourcesOfAllModulesAndNoModuleOutput() throws MojoExecutionException {
        AnalysisRequest request = analysis(List.of()).request(List.of(root, domain, services), root);
        assertEquals(List.of(dir.resolve("domain/src/main/java"), dir.resolve("services/src/main/java")), request.sources());
        // domain's jar is left out: its sources are read instead, so nothing needs to be built
        assertEquals(List.of(springJar), request.classpath());
        assertEquals(dir, request.sourceRoot());
    }

    @Test
    void pomModulesAndModulesWithoutJavaHaveNothingToAnalyze() throws IOException {
        ModuleAnalysis analysis = analysis(List.of());
        assertTrue(analysis.nothingToAnalyze(root).contains("packaging pom"));
        assertNull(analysis.nothingToAnalyze(services));
        MavenProject empty = project(dir.resolve("docs"), "docs", "jar");
        Files.createDirectories(dir.resolve("docs/src/main/java"));
        assertTrue(analysis.nothingToAnalyze(empty).contains("no Java sources"));
    }

    @Test
    void misspeltRuleIdFailsValidation() {
        assertThrows(MojoExecutionException.class, () -> analysis(List.of("lost-updat")).validate());
    }

    private ModuleAnalysis analysis(List<String> disabledRules) {
        File cache = new File(services.getBuild().getDirectory(), "raceguard-cache");
        return new ModuleAnalysis(new ModuleAnalysis.Options(false, disabledRules, List.of(), cache, false, 1), session,
                new DefaultLog(new ConsoleLogger()));
    }

    private static MavenProject project(Path basedir, String artifactId, String packaging) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging(packaging);
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        project.getBuild().setOutputDirectory(basedir.resolve("target/classes").toString());
        project.getBuild().setTestOutputDirectory(basedir.resolve("target/test-classes").toString());
        project.addCompileSourceRoot(basedir.resolve("src/main/java").toString());
        return project;
    }

    private static void javaFile(MavenProject project, String path) throws IOException {
        Path file = Path.of(project.getCompileSourceRoots().get(0), path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.acme; class X {}\n");
    }

    private static Artifact artifact(String artifactId, Path file) {
        DefaultArtifactHandler handler = new DefaultArtifactHandler("jar");
        handler.setAddedToClasspath(true);
        Artifact artifact = new DefaultArtifact("com.acme", artifactId, "1.0", Artifact.SCOPE_COMPILE, "jar", null, handler);
        artifact.setFile(file.toFile());
        return artifact;
    }
}

package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.MethodDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchedulingTest {

    @TempDir
    Path dir;

    private static final String JOBS = """
            package t;
            import org.quartz.*;
            import org.springframework.scheduling.annotation.Scheduled;
            import org.springframework.scheduling.quartz.QuartzJobBean;
            public class Jobs {
                @Scheduled(cron = "0 * * * * *") public void everyMinute() { }
                public void notScheduled() { }
            }
            class Reminder implements Job { public void execute(JobExecutionContext c) { } }
            class Purge extends QuartzJobBean { protected void executeInternal(JobExecutionContext c) { } }
            abstract class BaseJob implements Job { }
            class Derived extends BaseJob { public void execute(JobExecutionContext c) { } }
            class NotAJob { public void execute(Object o) { } }
            """;

    private static boolean isJob(ProjectModel model, String type, String method) {
        MethodDeclaration declaration = model.types().sourceType(type).orElseThrow().getMethodsByName(method).get(0);
        return model.scheduling().job(declaration).isPresent();
    }

    @Test
    void scheduledMethodsAndQuartzJobs() throws Exception {
        ProjectModel model = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("t/Jobs.java", JOBS));
        assertTrue(isJob(model, "t.Jobs", "everyMinute"));
        assertFalse(isJob(model, "t.Jobs", "notScheduled"));
        assertTrue(isJob(model, "t.Reminder", "execute"));
        assertTrue(isJob(model, "t.Purge", "executeInternal"));
        assertTrue(isJob(model, "t.Derived", "execute"), "Job implemented by a source superclass");
        assertFalse(isJob(model, "t.NotAJob", "execute"));
    }

    private static final String QUARKUS_JOBS = """
            package q;
            import io.quarkus.scheduler.Scheduled;
            class Jobs {
                @Scheduled(every = "10s", identity = "task-job") void schedule() { }
            }
            """;

    @Test
    void quarkusScheduledIsAJobUnlessQuarkusQuartzIsClustered() throws Exception {
        ProjectModel plain = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("q/Jobs.java", QUARKUS_JOBS));
        assertTrue(isJob(plain, "q.Jobs", "schedule"), "quarkus-scheduler fires the trigger on every instance");
        // quarkus-quartz-quickstart's application.properties: Quartz clustered over a JDBC store runs each trigger once
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.properties"), "quarkus.quartz.store-type=jdbc-cmt\nquarkus.quartz.clustered=true\n");
        ProjectModel clustered = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("q/Jobs.java", QUARKUS_JOBS));
        assertFalse(isJob(clustered, "q.Jobs", "schedule"));
    }

    @Test
    void aClusteredQuartzStoreRunsEachTriggerOnce() throws Exception {
        Path resources = dir.resolve("src/main/resources");
        Files.createDirectories(resources);
        Files.writeString(resources.resolve("application.yml"), """
                spring:
                  quartz:
                    job-store-type: jdbc
                    properties:
                      org.quartz.jobStore.isClustered: true
                """);
        ProjectModel model = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("t/Jobs.java", JOBS));
        assertTrue(model.scheduling().quartzClustered());
        assertFalse(isJob(model, "t.Reminder", "execute"));
        assertTrue(isJob(model, "t.Jobs", "everyMinute"), "@Scheduled is not managed by Quartz");
    }

    @Test
    void clusteredConfigurationInAProfileFileUnderConfigWithNestedKeys() throws Exception {
        Path config = dir.resolve("src/main/resources/config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("application-prod.yaml"), """
                spring:
                  quartz:
                    properties:
                      org:
                        quartz:
                          jobStore:
                            class: org.springframework.scheduling.quartz.LocalDataSourceJobStore
                            isClustered: true
                """);
        ProjectModel model = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("t/Jobs.java", JOBS));
        assertTrue(model.scheduling().quartzClustered());
        assertFalse(isJob(model, "t.Reminder", "execute"));
    }

    @Test
    void configurationThatDoesNotClusterTheStoreLeavesQuartzJobsReported() throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("application.properties"), "spring.quartz.properties.org.quartz.jobStore.isClustered=false\n");
        ProjectModel model = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("t/Jobs.java", JOBS));
        assertFalse(model.scheduling().quartzClustered());
        assertTrue(isJob(model, "t.Reminder", "execute"));
        Files.writeString(config.resolve("application.properties"), "spring.quartz.properties.org.quartz.jobStore.isClustered=true\n");
        ProjectModel clustered = ModelFixtures.model(dir.resolve("src/main/java"), Map.of("t/Jobs.java", JOBS));
        assertTrue(clustered.scheduling().quartzClustered(), "./config/ of the module is read as Spring Boot reads it");
    }
}

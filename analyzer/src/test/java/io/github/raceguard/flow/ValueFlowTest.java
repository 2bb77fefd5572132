package io.github.raceguard.flow;

import io.github.raceguard.Analysis;
import io.github.raceguard.AnalysisRequest;
import io.github.raceguard.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Value flow shapes that fixtures show awkwardly: dependence across calls, guards, ids handed to new instances, cache helpers. */
class ValueFlowTest {

    @TempDir
    Path dir;

    private static final String DOMAIN = """
            package flow;
            import jakarta.persistence.*;
            import org.springframework.data.jpa.repository.JpaRepository;
            @Entity class Seat {
                @Id Long id; boolean taken; String owner; String note; int stock;
                Long getId() { return id; }
                boolean isTaken() { return taken; } void setTaken(boolean t) { taken = t; }
                String getOwner() { return owner; }
                void setNote(String n) { note = n; }
                int getStock() { return stock; } void setStock(int s) { stock = s; }
                void setId(Long id) { this.id = id; }
            }
            interface SeatRepository extends JpaRepository<Seat, Long> { }
            """;

    private List<String> lostUpdates(String service) throws Exception {
        Path src = dir.resolve("src/flow");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Domain.java"), DOMAIN);
        Files.writeString(src.resolve("Service.java"), service);
        return Analysis.run(AnalysisRequest.of(List.of(dir.resolve("src")), List.of())).findings().stream()
                .filter(f -> f.ruleId().equals("lost-update"))
                .map(f -> f.primary().file().getFileName() + ":" + f.primary().line())
                .toList();
    }

    @Test
    void aValueComputedByTheCallerAndWrittenIntoARowTheCalleeReadsIsReportedInTheCaller() throws Exception {
        List<String> found = lostUpdates("""
                package flow;
                class Service {
                    private SeatRepository seats;
                    public void sell(long id) {
                        Seat s = seats.findById(id).orElseThrow();
                        setStock(id, s.getStock() - 1);
                    }
                    public void restock(long id, int stock) {
                        setStock(id, stock);
                    }
                    private void setStock(long id, int stock) {
                        Seat fresh = seats.findById(id).orElseThrow();
                        fresh.setStock(stock);
                        seats.save(fresh);
                    }
                }
                """);
        assertEquals(List.of("Service.java:6"), found);
    }

    @Test
    void aChangeUnderACheckOfTheSamePropertyDependsOnTheReadOthersDoNot() throws Exception {
        List<String> found = lostUpdates("""
                package flow;
                class Service {
                    private SeatRepository seats;
                    public void take(long id) {
                        Seat s = seats.findById(id).orElseThrow();
                        if (s.isTaken()) {
                            throw new IllegalStateException();
                        }
                        s.setTaken(true);
                        seats.save(s);
                    }
                    public void annotate(long id, String user, String note) {
                        Seat s = seats.findById(id).orElseThrow();
                        if (!s.getOwner().equals(user)) {
                            throw new IllegalStateException();
                        }
                        s.setNote(note);
                        seats.save(s);
                    }
                    public void occupy(long id) {
                        Seat s = seats.findById(id).orElseThrow();
                        s.setTaken(true);
                        seats.save(s);
                    }
                }
                """);
        assertEquals(List.of("Service.java:10"), found);
    }

    @Test
    void aNewInstanceGivenTheIdReadOverwritesThatRow() throws Exception {
        List<String> found = lostUpdates("""
                package flow;
                class Service {
                    private SeatRepository seats;
                    public void recount(long id, int sold) {
                        Seat existing = seats.findById(id).orElseThrow();
                        Seat row = new Seat();
                        row.setId(existing.getId());
                        row.setStock(existing.getStock() - sold);
                        seats.save(row);
                    }
                    public void reset(long id, int stock) {
                        Seat existing = seats.findById(id).orElseThrow();
                        Seat row = new Seat();
                        row.setId(existing.getId());
                        row.setStock(stock);
                        seats.save(row);
                    }
                }
                """);
        assertEquals(List.of("Service.java:9"), found);
    }

    @Test
    void aValueReadFromTheDatabaseAndHandedToACacheHelperIsACacheFill() throws Exception {
        List<String> found = lostUpdates("""
                package flow;
                import org.springframework.data.redis.core.StringRedisTemplate;
                class Service {
                    private SeatRepository seats;
                    private StringRedisTemplate redis;
                    public void warm(long id) {
                        Seat s = seats.findById(id).orElseThrow();
                        cache("seat:" + id, String.valueOf(s.getStock()));
                    }
                    public void bump(String key) {
                        String v = redis.opsForValue().get(key);
                        cache(key, String.valueOf(Long.parseLong(v) + 1));
                    }
                    private void cache(String key, String value) {
                        redis.opsForValue().set(key, value);
                    }
                }
                """);
        assertEquals(List.of("Service.java:12"), found);
    }
}

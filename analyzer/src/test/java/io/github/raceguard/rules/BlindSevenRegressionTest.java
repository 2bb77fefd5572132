package io.github.raceguard.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

/** Defects found by a blind test: method-reference self-invocation, idempotency headers, dirty-checking jobs, messages. */
class BlindSevenRegressionTest {

    @TempDir
    Path dir;

    private static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Ticket { @Id @GeneratedValue Long id; String state; public Ticket(String s) { state = s; }
                public void setState(String s) { state = s; } }
            """;

    private static final String REPOSITORY = """
            package shop;
            public interface TicketRepository extends org.springframework.data.jpa.repository.JpaRepository<Ticket, Long> { }
            """;

    @Test
    void writesReachedThroughABypassedMethodReferenceAreLeftToTransactionBypass() throws Exception {
        String service = """
                package shop;
                import java.util.List;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                @Service
                public class TicketService {
                    private final TicketRepository tickets;
                    TicketService(TicketRepository tickets) { this.tickets = tickets; }
                    public void archiveAll(List<Long> ids) {
                        ids.forEach(this::archiveOne); // expect: transaction-bypass
                    }
                    public void archiveEach(List<Long> ids) {
                        ids.forEach(id -> archiveOne(id)); // expect: transaction-bypass
                    }
                    @Transactional
                    public void archiveOne(Long id) {
                        tickets.deleteById(id);
                        tickets.save(new Ticket("ARCHIVED"));
                    }
                }
                """;
        Map<String, String> sources = Map.of("shop/Ticket.java", ENTITY, "shop/TicketRepository.java", REPOSITORY,
                "shop/TicketService.java", service);
        InlineSources.assertMarked(dir.resolve("mt"), "missing-transaction", sources);
        InlineSources.assertMarked(dir.resolve("tb"), "transaction-bypass", sources);
    }

    @Test
    void anIdempotencyKeySentAsAHeaderMakesTheRetriedCallIdempotent() throws Exception {
        String client = """
                package shop;
                import java.util.Map;
                import io.github.resilience4j.retry.annotation.Retry;
                import org.springframework.http.HttpEntity;
                import org.springframework.http.HttpHeaders;
                import org.springframework.http.RequestEntity;
                import org.springframework.stereotype.Service;
                import org.springframework.web.client.RestTemplate;
                @Service
                public class PartnerNotifier {
                    private final RestTemplate rest;
                    private final String url = "http://partner";
                    PartnerNotifier(RestTemplate rest) { this.rest = rest; }
                    @Retry(name = "partner")
                    public void notifyIdempotently(String code, String key) {
                        HttpHeaders headers = new HttpHeaders();
                        headers.set("Idempotency-Key", key);
                        rest.postForEntity(url, new HttpEntity<>(Map.of("event", code), headers), Void.class);
                    }
                    @Retry(name = "partner")
                    public void notifyWithRequestId(String code, String requestId) {
                        HttpHeaders headers = new HttpHeaders();
                        headers.add("X-Correlation", requestId);
                        HttpEntity<Map<String, String>> entity = new HttpEntity<>(Map.of("event", code), headers);
                        rest.postForEntity(url, entity, Void.class);
                    }
                    @Retry(name = "partner")
                    public void notifyWithRequestEntity(String code, String key) {
                        RequestEntity<String> request = RequestEntity.post(java.net.URI.create(url)).header("X-Request-Id", key).body(code);
                        rest.exchange(request, Void.class);
                    }
                    @Retry(name = "partner")
                    public void notifyPlainly(String code, String trace) {
                        HttpHeaders headers = new HttpHeaders();
                        headers.set("X-Trace", trace);
                        rest.postForEntity(url, new HttpEntity<>(Map.of("event", code), headers), Void.class);
                    }
                }
                """;
        String marked = client.replace("public void notifyPlainly(String code, String trace) {",
                "public void notifyPlainly(String code, String trace) { // expect: non-idempotent-retry");
        InlineSources.assertMarked(dir, "non-idempotent-retry", Map.of("shop/PartnerNotifier.java", marked));
    }

    @Test
    void aTransactionalJobThatChangesManagedEntitiesWrites() throws Exception {
        String loan = """
                package shop;
                import jakarta.persistence.*;
                @Entity public class Loan { @Id @GeneratedValue Long id; String status; java.time.LocalDate due;
                    public void markOverdueIfLate() { if (due.isBefore(java.time.LocalDate.now())) { status = "OVERDUE"; } } }
                """;
        String repository = """
                package shop;
                public interface LoanRepository extends org.springframework.data.jpa.repository.JpaRepository<Loan, Long> {
                    java.util.List<Loan> findByStatus(String status);
                }
                """;
        String job = """
                package shop;
                import org.springframework.scheduling.annotation.Scheduled;
                import org.springframework.stereotype.Component;
                import org.springframework.transaction.annotation.Transactional;
                @Component
                public class OverdueJob {
                    private final LoanRepository loans;
                    OverdueJob(LoanRepository loans) { this.loans = loans; }
                    @Scheduled(cron = "0 0 2 * * *")
                    @Transactional
                    public void flagOverdue() { // expect: unlocked-scheduled-job
                        for (Loan l : loans.findByStatus("ACTIVE")) {
                            l.markOverdueIfLate();
                        }
                    }
                    @Scheduled(cron = "0 0 3 * * *")
                    @Transactional
                    public void flagOne() { // expect: unlocked-scheduled-job
                        loans.findById(1L).ifPresent(l -> l.due = l.due.plusDays(30));
                    }
                    @Scheduled(cron = "0 30 3 * * *")
                    @Transactional
                    public void closeOne() { // a constant: every node flushes the same value
                        loans.findById(1L).ifPresent(l -> l.status = "CLOSED");
                    }
                    @Scheduled(cron = "0 0 4 * * *")
                    @Transactional(readOnly = false)
                    public void flagThroughHelper() { // expect: unlocked-scheduled-job
                        flag(loans.findById(2L).orElseThrow());
                    }
                    private void flag(Loan loan) { loan.due = loan.due.plusDays(7); }
                    @Scheduled(cron = "0 0 5 * * *")
                    public void readOnlyReport() {
                        for (Loan l : loans.findByStatus("ACTIVE")) {
                            System.out.println(l.status);
                        }
                    }
                }
                """;
        InlineSources.assertMarked(dir, "unlocked-scheduled-job",
                Map.of("shop/Loan.java", loan, "shop/LoanRepository.java", repository, "shop/OverdueJob.java", job));
    }

    @Test
    void twoCallsOfAnotherBeansTransactionalMethodNameTheCallSites() throws Exception {
        String housekeeping = """
                package shop;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                @Service
                @Transactional
                public class Housekeeping {
                    private final TicketRepository tickets;
                    Housekeeping(TicketRepository tickets) { this.tickets = tickets; }
                    public void evict(Long id, String reason) {
                        tickets.deleteById(id);
                        tickets.save(new Ticket(reason));
                    }
                }
                """;
        String controller = """
                package shop;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                public class AdminController {
                    private final Housekeeping housekeeping;
                    AdminController(Housekeeping housekeeping) { this.housekeeping = housekeeping; }
                    @PostMapping("/admin/evict-pair")
                    public void evictPair(Long a, Long b) {
                        housekeeping.evict(a, "admin");
                        housekeeping.evict(b, "admin"); // expect: missing-transaction
                    }
                }
                """;
        var findings = InlineSources.assertMarked(dir, "missing-transaction", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/Housekeeping.java", housekeeping, "shop/AdminController.java", controller));
        var related = findings.get(0).related().stream().map(l -> l.file().getFileName() + ":" + l.line()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("AdminController.java:10", "AdminController.java:11"), related,
                findings.get(0).plainMessage());
    }
}

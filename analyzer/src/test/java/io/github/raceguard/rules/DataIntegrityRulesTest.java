package io.github.raceguard.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the fixtures cannot show: test sources, AspectJ weaving, messages. */
class DataIntegrityRulesTest {

    @TempDir
    Path dir;

    private static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Ticket { @Id @GeneratedValue Long id; String state; public Ticket(String s) { state = s; } }
            """;

    private static final String REPOSITORY = """
            package shop;
            public interface TicketRepository extends org.springframework.data.jpa.repository.JpaRepository<Ticket, Long> { }
            """;

    private static String service(String name) {
        return """
                package shop;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                @Service
                public class %s {
                    private final TicketRepository tickets;
                    %s(TicketRepository tickets) { this.tickets = tickets; }
                    public void open() {
                        tickets.save(new Ticket("OPEN"));
                        tickets.save(new Ticket("AUDIT")); // expect: missing-transaction
                    }
                    public void reopen() {
                        write(); // expect: transaction-bypass
                    }
                    @Transactional
                    public void write() { tickets.save(new Ticket("X")); }
                    @Transactional
                    private void hidden() { tickets.save(new Ticket("Y")); } // expect: transaction-bypass
                }
                """.formatted(name, name);
    }

    @Test
    void missingTransactionIsNotReportedInTestSources() throws Exception {
        Map<String, String> sources = Map.of(
                "src/main/java/shop/Ticket.java", ENTITY,
                "src/main/java/shop/TicketRepository.java", REPOSITORY,
                "src/main/java/shop/TicketService.java", service("TicketService"),
                "src/test/java/shop/TicketFixtureService.java", service("TicketFixtureService").replace(" // expect: missing-transaction", ""));
        List<String> lines = InlineSources.lines(dir, "missing-transaction", sources);
        assertEquals(List.of("TicketService.java:10"), lines);
    }

    @Test
    void aspectJWeavingAppliesEveryTransactional() throws Exception {
        String service = service("TicketService");
        Map<String, String> plain = Map.of(
                "shop/Ticket.java", ENTITY, "shop/TicketRepository.java", REPOSITORY, "shop/TicketService.java", service);
        assertEquals(2, InlineSources.lines(dir.resolve("plain"), "transaction-bypass", plain).size(),
                "the self-invocation and the private method");
        Map<String, String> woven = new java.util.HashMap<>(plain);
        woven.put("shop/TxConfig.java", """
                package shop;
                import org.springframework.context.annotation.AdviceMode;
                import org.springframework.context.annotation.Configuration;
                import org.springframework.transaction.annotation.EnableTransactionManagement;
                @Configuration
                @EnableTransactionManagement(mode = AdviceMode.ASPECTJ)
                public class TxConfig { }
                """);
        assertTrue(InlineSources.lines(dir.resolve("woven"), "transaction-bypass", woven).isEmpty());
    }

    @Test
    void messagesNameTheWritesAndTheFix() throws Exception {
        Map<String, String> sources = Map.of(
                "shop/Ticket.java", ENTITY, "shop/TicketRepository.java", REPOSITORY, "shop/TicketService.java", service("TicketService"));
        var finding = InlineSources.assertMarked(dir, "missing-transaction", sources).get(0);
        assertTrue(finding.plainMessage().contains("open() makes 2 data-layer writes that commit separately"), finding.plainMessage());
        assertTrue(finding.plainMessage().contains("@Transactional"), finding.plainMessage());
        assertEquals(2, finding.related().size());
        var bypass = InlineSources.findings(dir, "transaction-bypass", sources);
        assertTrue(bypass.stream().anyMatch(f -> f.plainMessage().startsWith("Self-invocation bypasses @Transactional: reopen() calls write()")),
                bypass.toString());
    }
}

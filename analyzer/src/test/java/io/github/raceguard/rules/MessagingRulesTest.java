package io.github.raceguard.rules;

import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** non-idempotent-consumer and side-effect-in-transaction (issue 15): levels, flows, dedup evidence. */
class MessagingRulesTest {

    @TempDir
    Path dir;

    private static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Ticket { @Id @GeneratedValue Long id; String state; public Ticket(String s) { state = s; }
                public String getState() { return state; } public void setState(String s) { state = s; } }
            """;

    private static final String REPOSITORY = """
            package shop;
            public interface TicketRepository extends org.springframework.data.jpa.repository.JpaRepository<Ticket, Long> { }
            """;

    @Test
    void aListenerInsertingThroughAnotherBeanIsReportedOnTheListenerWithAFlowIntoTheBean() throws Exception {
        String listener = """
                package shop;
                import org.springframework.kafka.annotation.KafkaListener;
                import org.springframework.stereotype.Component;
                @Component
                public class TicketListener {
                    private final TicketOpener opener;
                    TicketListener(TicketOpener opener) { this.opener = opener; }
                    @KafkaListener(topics = "tickets")
                    public void onTicket(String text) { // expect: non-idempotent-consumer
                        opener.open(text);
                    }
                }
                """;
        String opener = """
                package shop;
                import org.springframework.stereotype.Service;
                @Service
                public class TicketOpener {
                    private final TicketRepository tickets;
                    TicketOpener(TicketRepository tickets) { this.tickets = tickets; }
                    public void open(String text) {
                        tickets.save(new Ticket(text));
                    }
                }
                """;
        List<Finding> findings = InlineSources.assertMarked(dir, "non-idempotent-consumer", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/TicketListener.java", listener, "shop/TicketOpener.java", opener));
        assertEquals(Level.WARNING, findings.get(0).level());
        List<Integer> flowLines = findings.get(0).flow().stream().map(l -> l.line()).toList();
        assertEquals(List.of(10, 8), flowLines, "from the call in the listener into the insert in TicketOpener");
        assertTrue(findings.get(0).flow().get(1).file().toString().endsWith("TicketOpener.java"));
    }

    @Test
    void dedupEvidenceOutsideTheDataLayerEndsTheReport() throws Exception {
        String listener = """
                package shop;
                import java.util.Set;
                import org.springframework.amqp.rabbit.annotation.RabbitListener;
                import org.springframework.stereotype.Component;
                @Component
                public class TicketListener {
                    private final TicketRepository tickets;
                    private final Set<String> handledMessageIds;
                    TicketListener(TicketRepository tickets, Set<String> handled) { this.tickets = tickets; this.handledMessageIds = handled; }
                    @RabbitListener(queues = "tickets")
                    public void onTicket(String msgId, String text) {
                        if (handledMessageIds.contains(msgId)) {
                            return;
                        }
                        tickets.save(new Ticket(text));
                    }
                    @RabbitListener(queues = "tickets")
                    public void onTicketUnchecked(String msgId, String text) { // expect: non-idempotent-consumer
                        if (text.isEmpty()) {
                            return;
                        }
                        tickets.save(new Ticket(text));
                    }
                    @RabbitListener(queues = "tickets")
                    public void onTicketState(Long id) {
                        Ticket ticket = tickets.findById(id).orElseThrow();
                        if (ticket.getState().equals("OPEN")) {
                            return;
                        }
                        ticket.setState("OPEN");
                        tickets.save(new Ticket("reopened " + id));
                    }
                }
                """;
        InlineSources.assertMarked(dir, "non-idempotent-consumer", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/TicketListener.java", listener));
    }

    @Test
    void aSendInAHelperIsReportedOnTheSendWithAFlowFromTheTransactionalCaller() throws Exception {
        String service = """
                package shop;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                @Service
                public class TicketService {
                    private final TicketRepository tickets;
                    private final TicketNotifier notifier;
                    TicketService(TicketRepository tickets, TicketNotifier notifier) { this.tickets = tickets; this.notifier = notifier; }
                    @Transactional
                    public void open(String text) {
                        tickets.save(new Ticket(text));
                        notifier.opened(text);
                    }
                    @Transactional
                    public void announce(String text) {
                        notifier.opened(text);
                    }
                }
                """;
        String notifier = """
                package shop;
                import org.springframework.kafka.core.KafkaTemplate;
                import org.springframework.stereotype.Component;
                @Component
                public class TicketNotifier {
                    private final KafkaTemplate<String, String> kafka;
                    TicketNotifier(KafkaTemplate<String, String> kafka) { this.kafka = kafka; }
                    public void opened(String text) {
                        kafka.send("tickets", text); // expect: side-effect-in-transaction
                    }
                }
                """;
        List<Finding> findings = InlineSources.assertMarked(dir, "side-effect-in-transaction", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/TicketService.java", service, "shop/TicketNotifier.java", notifier));
        Finding finding = findings.get(0);
        assertEquals(Level.WARNING, finding.level());
        assertTrue(finding.message().contains("@Transactional on open()"), finding.message());
        assertEquals(List.of(10, 12, 9), finding.flow().stream().map(l -> l.line()).toList(),
                "the transaction begins at open(), calls opened(), which sends");
    }

    @Test
    void aSendConfiguredToJoinTheTransactionOrMadeAfterTheCommitIsNotReported() throws Exception {
        String joined = """
                package shop;
                import org.springframework.jms.core.JmsTemplate;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                @Service
                public class TicketService {
                    private final TicketRepository tickets;
                    private final JmsTemplate jms;
                    TicketService(TicketRepository tickets, JmsTemplate jms) {
                        this.tickets = tickets;
                        this.jms = jms;
                        jms.setSessionTransacted(true);
                    }
                    @Transactional
                    public void open(String text) {
                        tickets.save(new Ticket(text));
                        jms.convertAndSend("tickets", text);
                    }
                }
                """;
        InlineSources.assertMarked(dir.resolve("joined"), "side-effect-in-transaction", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/TicketService.java", joined));
        String afterCommit = """
                package shop;
                import org.springframework.kafka.core.KafkaTemplate;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                import org.springframework.transaction.support.TransactionSynchronization;
                import org.springframework.transaction.support.TransactionSynchronizationManager;
                @Service
                public class TicketService {
                    private final TicketRepository tickets;
                    private final KafkaTemplate<String, Object> kafka;
                    TicketService(TicketRepository tickets, KafkaTemplate<String, Object> kafka) { this.tickets = tickets; this.kafka = kafka; }
                    @Transactional
                    public void close(Long id) {
                        tickets.deleteById(id);
                        afterCommit(() -> kafka.send("closed", id));
                    }
                    @Transactional
                    public void reopen(Long id) {
                        tickets.save(new Ticket("reopened"));
                        kafka.send("reopened", id); // expect: side-effect-in-transaction
                    }
                    private void afterCommit(Runnable action) {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                action.run();
                            }
                        });
                    }
                }
                """;
        InlineSources.assertMarked(dir.resolve("after"), "side-effect-in-transaction", Map.of("shop/Ticket.java", ENTITY,
                "shop/TicketRepository.java", REPOSITORY, "shop/TicketService.java", afterCommit));
    }

    @Test
    void aPutEscapesTheTransactionButRepeatsHarmlesslyAndAnApplicationEventStaysInTheJvm() throws Exception {
        String service = """
                package shop;
                import org.springframework.context.ApplicationEventPublisher;
                import org.springframework.retry.annotation.Retryable;
                import org.springframework.stereotype.Service;
                import org.springframework.transaction.annotation.Transactional;
                import org.springframework.web.client.RestTemplate;
                @Service
                public class TicketService {
                    private final TicketRepository tickets;
                    private final RestTemplate rest;
                    private final ApplicationEventPublisher events;
                    TicketService(TicketRepository tickets, RestTemplate rest, ApplicationEventPublisher events) {
                        this.tickets = tickets; this.rest = rest; this.events = events;
                    }
                    @Transactional
                    public void open(String text) {
                        tickets.save(new Ticket(text));
                        rest.put("https://mirror.example/tickets/{t}", text, text); // expect: side-effect-in-transaction
                        events.publishEvent(text);
                    }
                    @Retryable
                    public void mirror(String text) {
                        rest.put("https://mirror.example/tickets/{t}", text, text);
                    }
                }
                """;
        Map<String, String> sources = Map.of("shop/Ticket.java", ENTITY, "shop/TicketRepository.java", REPOSITORY,
                "shop/TicketService.java", service);
        InlineSources.assertMarked(dir.resolve("side"), "side-effect-in-transaction", sources);
        InlineSources.assertMarked(dir.resolve("retry"), "non-idempotent-retry", sources);
    }
}

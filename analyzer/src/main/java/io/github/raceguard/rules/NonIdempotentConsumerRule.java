package io.github.raceguard.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import io.github.raceguard.context.Messaging;
import io.github.raceguard.flow.DataWrites;
import io.github.raceguard.report.Level;
import io.github.raceguard.types.Locations;

import java.util.List;
import java.util.Optional;

/**
 * {@code non-idempotent-consumer}: a listener on an at-least-once transport whose handling inserts
 * a new row, increments a value or calls another system with no deduplication, so a redelivered
 * message applies it twice. Reported on the listener method's name (the bean method for a Spring
 * Cloud Stream functional bean). The effects and the dedup evidence are the ones
 * {@code non-idempotent-retry} reads ({@link DataWrites.Write#nonIdempotent()}); a state check of
 * a row the handling read ({@link DataWrites.Write#stateChecked()}) also ends it here.
 */
public final class NonIdempotentConsumerRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "non-idempotent-consumer",
            "NonIdempotentConsumer",
            Level.WARNING,
            "A message listener on an at-least-once transport that inserts a row, increments a value or calls another system with no deduplication.",
            "Kafka, RabbitMQ, JMS, SQS, RocketMQ and Spring Cloud Stream deliver a message at least once: when the consumer "
                    + "crashes, times out or loses its partition after handling a message but before acknowledging it (the "
                    + "offset commit, the basic.ack, the session commit), the broker delivers it again. A handler that inserts a "
                    + "new row, increments a value or calls another system then does it twice: a second order line, a doubled "
                    + "balance, a second e-mail or charge. Not reported when the handling first checks or records the message "
                    + "under a unique key (a processed-message / inbox table, an exists check on the message or event id), "
                    + "upserts by a key, catches the unique-constraint violation of its insert, passes an idempotency key to "
                    + "the other system, checks the state of the row it changes first (if (order.getStatus() == PAID) return;), "
                    + "or, for a Kafka listener whose only effect is another Kafka send, runs in a Kafka transaction "
                    + "(exactly-once consume-process-produce).",
            """
            Make the handler idempotent: record each message's id under a unique key, in the same transaction as the effect, and skip a message already recorded.

            **Before** (a redelivered `PaymentReceived` credits the account twice):
            ```java
            @KafkaListener(topics = "payments")
            @Transactional
            public void onPayment(PaymentReceived event) {
                Account account = accounts.findById(event.accountId()).orElseThrow();
                ledger.save(new LedgerEntry(account.getId(), event.amount()));
                accounts.addToBalance(account.getId(), event.amount());   // UPDATE .. SET balance = balance + ?
            }
            ```

            **After**: the event id is inserted into a processed-messages table (primary key `event_id`) first; a
            redelivery finds it and returns, a concurrent duplicate fails on the key and rolls back:
            ```java
            @KafkaListener(topics = "payments")
            @Transactional
            public void onPayment(PaymentReceived event) {
                if (processed.existsById(event.eventId())) {
                    return;
                }
                processed.save(new ProcessedMessage(event.eventId()));
                ledger.save(new LedgerEntry(event.accountId(), event.amount()));
                accounts.addToBalance(event.accountId(), event.amount());
            }
            ```
            An upsert keyed by the event id, or a status check of the row the handler changes
            (`if (order.getStatus() == PAID) return;` on a versioned or locked row) works too.
            """,
            List.of("correctness", "data-integrity", "messaging", "idempotency"),
            "medium");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        CallableDeclaration<?> method = context.method();
        Optional<Messaging.Listener> listener = context.model().messaging().listener(method);
        if (listener.isEmpty()) {
            return;
        }
        DataWrites dataWrites = context.model().dataWrites();
        DataWrites.Summary summary = listener.get().function() != null
                ? dataWrites.ofFunction(listener.get().function(), method)
                : dataWrites.of(method);
        String transport = listener.get().transport();
        boolean exactlyOnce = (transport.equals("Kafka") || transport.equals("Spring Cloud Stream"))
                && context.model().messaging().kafkaExactlyOnce(method);
        Optional<DataWrites.Write> write = summary.writes().stream()
                .filter(w -> w.nonIdempotent() && !w.stateChecked())
                .filter(w -> !(exactlyOnce && w.kind() == DataWrites.Kind.OUTBOUND
                        && (w.description().startsWith("Kafka") || w.description().startsWith("StreamBridge"))))
                .findFirst();
        if (write.isEmpty()) {
            return;
        }
        report(context, listener.get(), write.get());
    }

    private static void report(MethodContext context, Messaging.Listener listener, DataWrites.Write write) {
        String name = context.method().getNameAsString() + "()";
        String consequence = switch (write.kind()) {
            case OUTBOUND -> "the redelivery calls it again (a second message, mail or charge)";
            case INCREMENT -> "the redelivery adds it again";
            default -> "the redelivery inserts a second one";
        };
        String message = "Non-idempotent consumer: " + listener.construct() + " " + name + " [here](2) consumes " + listener.transport()
                + " messages, delivered at least once, and its handling " + write.explain() + " [here](1) with no deduplication. "
                + "When the consumer fails after the handling but before the message is acknowledged (a crash, a rebalance, "
                + "a timeout), " + consequence + ". Fix: record the message id (or event id / idempotency key) under a unique "
                + "key in the same transaction and skip a message already recorded, upsert by it, or check the state of the row "
                + "first (if (order.getStatus() == PAID) return;).";
        context.report(DESCRIPTOR, message, Locations.of(listener.anchor(), listener.construct() + " " + name),
                List.of(write.site().withMessage(write.explain()), Locations.of(listener.anchor(), listener.construct())),
                write.steps());
    }
}

package io.github.raceguard.rules;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.raceguard.flow.DataWrites;
import io.github.raceguard.types.Locations;
import io.github.raceguard.context.Retries;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.List;

/**
 * {@code non-idempotent-retry}: a retried operation that inserts a row, increments a value or
 * calls another system, with no idempotency key or dedup check (SPEC §1). Reported on the
 * annotated method's name, the retry template call, or the retry loop.
 */
public final class NonIdempotentRetryRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "non-idempotent-retry",
            "NonIdempotentRetry",
            Level.WARNING,
            "A retry (@Retryable, Resilience4j @Retry, RetryTemplate, a hand-written retry loop) around a non-idempotent write with no idempotency key or dedup check.",
            "A retry repeats the whole attempt, including what the failed attempt already did. When the attempt inserts "
                    + "a new row, increments a value or calls another system (a payment provider, a message broker, an HTTP "
                    + "POST) and then fails (a timeout after the commit, a later step throwing, a lost response), the retry "
                    + "inserts a second row, increments twice, charges twice, sends the message again. Not reported when the "
                    + "attempt first checks an idempotency key / request id or a dedup record, when it passes an idempotency "
                    + "key to the other system, when it catches the unique-constraint violation of the insert, when the write "
                    + "is an upsert by key, and for database writes when each attempt is one transaction that rolls back "
                    + "as a whole.",
            """
            Make the retried operation idempotent: key it by something the caller sends again on retry.

            **Before** (a timeout after the charge went through charges the card twice):
            ```java
            @Retryable(retryFor = PaymentTimeoutException.class, maxAttempts = 3)
            public Payment pay(Order order) {
                gateway.charge(order.getCardToken(), order.getTotal());
                return payments.save(new Payment(order.getId(), order.getTotal()));
            }
            ```

            **After**: the request id is stored under a unique constraint, checked first and passed to the provider,
            which deduplicates on it:
            ```java
            @Retryable(retryFor = PaymentTimeoutException.class, maxAttempts = 3)
            public Payment pay(Order order, String requestId) {
                Optional<Payment> done = payments.findByRequestId(requestId);   // unique column
                if (done.isPresent()) {
                    return done.get();
                }
                gateway.charge(order.getCardToken(), order.getTotal(), requestId); // idempotency key
                return payments.save(new Payment(requestId, order.getId(), order.getTotal()));
            }
            ```
            For database-only work, making each attempt one transaction (`@Transactional` on the retried method) also
            works: a failed attempt rolls back its insert.
            """,
            List.of("correctness", "data-integrity", "resilience", "idempotency"),
            "medium");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext context) {
        CallableDeclaration<?> method = context.method();
        List<Retries.Scope> scopes = context.model().retries().scopes(method);
        if (scopes.isEmpty()) {
            return;
        }
        DataWrites.Summary summary = context.model().dataWrites().of(method);
        for (Retries.Scope scope : scopes) {
            boolean attemptIsTransaction = scope.mechanism() == Retries.Mechanism.ANNOTATION
                    && context.model().transactions().entry(method).active();
            for (DataWrites.Write write : summary.writes()) {
                if (scope.covers(write.at()) && !idempotent(write, attemptIsTransaction)) {
                    report(context, scope, write);
                    return;
                }
            }
        }
    }

    /** Repeating it is harmless: nothing non-idempotent, or a database write each attempt rolls back as a whole. */
    private static boolean idempotent(DataWrites.Write write, boolean attemptIsTransaction) {
        return !write.nonIdempotent() || write.kind().dataLayer() && (write.inTransaction() || attemptIsTransaction);
    }

    private static void report(MethodContext context, Retries.Scope scope, DataWrites.Write write) {
        CallableDeclaration<?> method = context.method();
        String name = method.getNameAsString() + "()";
        Location primary = switch (scope.mechanism()) {
            case ANNOTATION -> Locations.of(((MethodDeclaration) method).getName(), scope.description() + " retries " + name);
            case TEMPLATE -> Locations.of(scope.construct(), scope.description() + " retries its callback");
            case LOOP -> Locations.of(scope.construct(), "retry loop");
        };
        String retried = switch (scope.mechanism()) {
            case ANNOTATION -> scope.description() + " [here](2) retries " + name;
            case TEMPLATE -> scope.description() + " [here](2) retries its callback";
            case LOOP -> "This loop [here](2) retries its try block on an exception";
        };
        String consequence = switch (write.kind()) {
            case OUTBOUND -> "A retry repeats that call: when it went through but its response was "
                    + "lost (a timeout, a reset connection) or a later step failed, the retry sends it again (a second charge, "
                    + "a duplicate message). Fix: pass an idempotency key (for example the request id) that the receiver "
                    + "deduplicates on, or record the call under a unique key and check it before calling again.";
            case INCREMENT -> "Nothing makes it idempotent: when an attempt fails after the increment committed "
                    + "(a later step, a timeout on commit), the retry adds it again. Fix: record the operation under a unique "
                    + "key (a request id) and skip it when already applied, or make the whole attempt one transaction "
                    + "(@Transactional on the retried method, called through the proxy).";
            default -> "No idempotency key or dedup check comes first: when an attempt fails after the insert committed "
                    + "(a later step, a timeout on commit), the retry inserts a second one. Fix: store a key from the request "
                    + "(an idempotency key / request id) under a unique constraint and check it first, or upsert by it, or make "
                    + "the whole attempt one transaction (@Transactional on the retried method, called through the proxy).";
        };
        String message = "Non-idempotent retry: " + retried + ", and each attempt " + write.explain() + " [here](1). "
                + consequence;
        context.report(DESCRIPTOR, message, primary,
                List.of(write.site().withMessage(write.explain()), Locations.of(scope.construct(), scope.description())),
                write.steps());
    }
}

package io.github.raceguard.rules;

import io.github.raceguard.flow.ExistenceChecks;
import io.github.raceguard.types.TestSources;
import io.github.raceguard.persistence.UniqueConstraints;
import io.github.raceguard.report.Level;
import io.github.raceguard.report.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code check-then-insert} (SPEC §1): an existence check through the data layer decides an
 * insert keyed by the same columns, and no unique constraint covers them. Reported on the insert
 * (or on the call that leads to it), with the check as related location.
 */
public final class CheckThenInsertRule implements Rule {

    static final RuleDescriptor DESCRIPTOR = new RuleDescriptor(
            "check-then-insert",
            "CheckThenInsert",
            Level.ERROR,
            "An existence check decides an insert keyed by the same property, and no unique constraint backs it: concurrent requests insert duplicates.",
            "Code asks the data layer whether a row exists (existsByEmail, countBy.. == 0, findBy..(..).isPresent() / "
                    + "isEmpty() / == null, SELECT COUNT(*) ...) and inserts a new one when it does not — directly, after an "
                    + "early throw or return, or as get-or-create (findBy..(..).orElseGet(() -> save(new ..))). Two concurrent "
                    + "requests can both run the check before either has inserted, both see \"absent\" and both insert: duplicate "
                    + "users, coupons redeemed twice, two carts per customer. A transaction does not prevent this at the default "
                    + "isolation level (neither sees the other's uncommitted row), synchronized only serializes one JVM, and a "
                    + "PESSIMISTIC_WRITE / FOR UPDATE lookup that finds no row locks nothing. Only the database can decide: a unique "
                    + "constraint or unique index on the checked columns — declared with @Column(unique = true), "
                    + "@Table(uniqueConstraints = ..), a unique @Index, @NaturalId, the @Id, Mongo @Indexed(unique = true) / "
                    + "@CompoundIndex(unique = true), or in the project's Flyway / Liquibase migrations or schema.sql — is not "
                    + "reported.",
            """
            Let the database enforce uniqueness, keep the check as a friendly fast path, and turn the
            constraint violation of the losing request into the same answer.

            **Before** (two sign-ups with the same email both pass the check and both insert):
            ```java
            @Transactional
            public User register(String email) {
                if (users.existsByEmail(email)) {
                    throw new EmailTakenException(email);
                }
                return users.save(new User(email));
            }
            ```

            **After**, a unique constraint and the violation handled:
            ```java
            @Entity
            class User {
                @Column(nullable = false, unique = true)   // or: create unique index ux_user_email on users (email)
                private String email;
            }

            public User register(String email) {
                if (users.existsByEmail(email)) {
                    throw new EmailTakenException(email);
                }
                try {
                    return users.saveAndFlush(new User(email));
                } catch (DataIntegrityViolationException e) {
                    throw new EmailTakenException(email);
                }
            }
            ```

            Use `saveAndFlush` (or `entityManager.flush()`) inside the `try`: a plain `save` in a
            transaction only queues the INSERT, which then fails at commit, after the `catch`. When
            the surrounding method is `@Transactional`, the failed flush marks the transaction
            rollback-only: catch the exception in the caller, or insert in a `REQUIRES_NEW`
            transaction. For get-or-create, on the violation read the row the other request
            inserted (`findByEmail(email).orElseThrow()`), or use an upsert
            (`INSERT ... ON CONFLICT (email) DO NOTHING`).
            """,
            List.of("concurrency", "correctness", "data-integrity"),
            "high");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(MethodContext method) {
        if (TestSources.isTestCode(method.method())) {
            return; // test set-up inserts fixtures one request at a time
        }
        method.model().existenceChecks().flows(method.method()).stream()
                .filter(flow -> flow.protection() == null)
                .findFirst()
                .ifPresent(flow -> report(method, flow));
    }

    private static void report(MethodContext method, ExistenceChecks.CheckThenInsert flow) {
        ExistenceChecks.Check check = flow.check();
        ExistenceChecks.Insert insert = flow.insert();
        String what = check.target().display();
        String columns = columns(flow.columns());
        List<Location> related = new ArrayList<>();
        related.add(check.location().withMessage("existence check on " + columns));
        StringBuilder message = new StringBuilder("Check-then-insert: ");
        if (insert.via() != null) {
            related.add(insert.steps().get(insert.steps().size() - 1).withMessage("inserts a new " + what));
            message.append("this call to ").append(insert.via()).append("(..) inserts a new ").append(what).append(" [there](2)");
        } else {
            message.append("a new ").append(what).append(" is inserted here");
        }
        message.append(" after [an existence check on ").append(columns).append("](1) (").append(check.operation())
                .append("), but no unique constraint covers ").append(columns).append(". ");
        message.append("Two concurrent requests can both see that no ").append(what).append(" with that ")
                .append(flow.columns().size() == 1 ? "value" : "combination").append(" exists and both insert one: a duplicate. ");
        message.append("A transaction does not prevent this at the default isolation level");
        if (check.lock() != null) {
            message.append(", and the ").append(check.lock()).append(" lookup locks no row when none exists");
        }
        message.append(". ");
        if (flow.jvmLock()) {
            message.append("synchronized only serializes threads of this JVM: another instance of the service still races. ");
        }
        message.append("Fix: ").append(fix(method, check, flow.columns()));
        List<Location> flowSteps = new ArrayList<>();
        flowSteps.add(check.location());
        flowSteps.addAll(insert.steps());
        method.report(DESCRIPTOR, message.toString(), insert.location(), related, flowSteps);
    }

    private static String columns(List<UniqueConstraints.Column> columns) {
        String joined = columns.stream().map(UniqueConstraints.Column::path).collect(Collectors.joining(", "));
        return columns.size() == 1 ? joined : "(" + joined + ")";
    }

    /** The fix in the terms of the store: a JPA constraint and saveAndFlush, a Mongo unique index, a migration for SQL. */
    private static String fix(MethodContext method, ExistenceChecks.Check check, List<UniqueConstraints.Column> columns) {
        String list = columns.stream().map(UniqueConstraints.Column::path).collect(Collectors.joining(", "));
        String entity = check.target().entity();
        if (entity == null) {
            return "add a unique constraint on " + check.target().table() + "(" + list + ") in a migration and catch "
                    + "DuplicateKeyException (a DataIntegrityViolationException) around the INSERT.";
        }
        String where = check.target().display() + "(" + list + ")";
        return switch (method.model().uniqueConstraints().mapping(entity).store()) {
            case DOCUMENT -> "add a unique index on " + where + " ("
                    + (columns.size() == 1 ? "@Indexed(unique = true)" : "@CompoundIndex(def = .., unique = true)")
                    + ") and catch DuplicateKeyException around the save.";
            case RELATIONAL -> "add a unique constraint on " + where + " in a migration and catch "
                    + "DbActionExecutionException / DataIntegrityViolationException around the save.";
            case JPA -> "add a unique constraint on " + where + " ("
                    + (columns.size() == 1 ? "@Column(unique = true)" : "@Table(uniqueConstraints = ..)")
                    + " or a unique index in a migration) and catch DataIntegrityViolationException around saveAndFlush "
                    + "(a plain save inside a transaction defers the INSERT to the commit, past the catch).";
        };
    }
}

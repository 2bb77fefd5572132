package io.github.raceguard.context;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Imports;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Transactions that libraries other than Spring open, for {@link Transactions} (the one place
 * that decides): jOOQ's {@code dsl.transaction(cfg -> ..)} / {@code transactionResult(..)}
 * callbacks, JDBI's {@code jdbi.inTransaction(h -> ..)} / {@code useTransaction(..)} (also on a
 * {@code Handle} or a SQL object extending {@code Transactional}, with an optional
 * {@code TransactionIsolationLevel} first argument) and JDBI's {@code @Transaction} on a SQL
 * object method ({@code value} is its isolation). jOOQ's callbacks run at the database's default
 * isolation: jOOQ sets none.
 */
final class LibraryTransactions {

    private static final Set<String> JOOQ_CALLBACKS = Set.of("transaction", "transactionResult", "transactionAsync", "transactionResultAsync");
    private static final Set<String> JDBI_CALLBACKS = Set.of("inTransaction", "useTransaction");
    private static final Set<String> DSL_CONTEXT = Set.of("org.jooq.DSLContext");
    private static final Set<String> JDBI_TYPES = Set.of("org.jdbi.v3.core.Jdbi", "org.jdbi.v3.core.Handle",
            "org.jdbi.v3.sqlobject.transaction.Transactional", "org.skife.jdbi.v2.DBI", "org.skife.jdbi.v2.Handle");
    static final Set<String> JDBI_TRANSACTION = Set.of("org.jdbi.v3.sqlobject.transaction.Transaction",
            "org.skife.jdbi.v2.sqlobject.Transaction");

    private final TypeResolver resolver;

    LibraryTransactions(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The transaction a lambda or method reference handed to a jOOQ or JDBI transaction method runs in. */
    Optional<TransactionContext> callback(Node callback) {
        if (!(callback instanceof LambdaExpr || callback instanceof MethodReferenceExpr)
                || !(callback.getParentNode().orElse(null) instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        String name = call.getNameAsString();
        Expression scope = call.getScope().get();
        if (JOOQ_CALLBACKS.contains(name) && isDslContext(scope)) {
            return Optional.of(new TransactionContext(true, "DEFAULT", false, "jOOQ " + name + "(..) callback"));
        }
        if (JDBI_CALLBACKS.contains(name) && isJdbi(scope)) {
            String isolation = "DEFAULT";
            if (call.getArguments().size() >= 2 && call.getArgument(0) != callback) {
                isolation = isolation(call.getArgument(0).toString());
            }
            return Optional.of(new TransactionContext(true, isolation, false, "JDBI " + name + "(..) callback"));
        }
        return Optional.empty();
    }

    /** JDBI's {@code @Transaction} on a SQL object method: the SQL object's proxy runs it in a transaction. */
    static Optional<TransactionContext> annotated(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared)) {
            return Optional.empty();
        }
        Optional<AnnotationExpr> annotation = Names.annotation(declared, JDBI_TRANSACTION);
        if (annotation.isEmpty() || !importsJdbi(declared)) {
            return Optional.empty();
        }
        String isolation = AnnotationValues.attribute(annotation.get(), "value").map(v -> isolation(v.toString())).orElse("DEFAULT");
        return Optional.of(new TransactionContext(true, isolation, AnnotationValues.bool(annotation.get(), "readOnly"),
                "JDBI @Transaction on " + declared.getNameAsString() + "()"));
    }

    /** {@code TransactionIsolationLevel.SERIALIZABLE} → SERIALIZABLE; NONE / UNKNOWN → the database default. */
    private static String isolation(String written) {
        String constant = written.substring(written.lastIndexOf('.') + 1);
        return switch (constant) {
            case "READ_UNCOMMITTED", "READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE" -> constant;
            default -> "DEFAULT";
        };
    }

    private boolean isDslContext(Expression scope) {
        if (scope instanceof MethodCallExpr using && (using.getNameAsString().equals("using") || using.getNameAsString().equals("dsl"))) {
            return importsJooq(scope);
        }
        return resolver.declaredTypeOf(scope).map(t -> refers(t, DSL_CONTEXT, scope)).orElse(false);
    }

    private boolean isJdbi(Expression scope) {
        Optional<TypeRef> type = resolver.declaredTypeOf(scope);
        if (type.isPresent()) {
            return refers(type.get(), JDBI_TYPES, scope) || type.get().name().contains("jdbi");
        }
        // an untyped lambda parameter: jdbi.withHandle(h -> h.inTransaction(..))
        return scope instanceof NameExpr && importsJdbi(scope);
    }

    private static boolean refers(TypeRef type, Set<String> fqns, Node context) {
        return fqns.contains(type.name()) || !type.name().contains(".") && Names.refersTo(type.name(), context, fqns);
    }

    static boolean importsJooq(Node node) {
        return Imports.anyUnder(node, Frameworks.JOOQ_PACKAGES);
    }

    static boolean importsJdbi(Node node) {
        return Imports.anyUnder(node, Frameworks.JDBI_PACKAGES);
    }
}

package io.github.raceguard.context;

import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Transactions begun and ended by hand inside one method: JTA's {@code UserTransaction}
 * ({@code utx.begin(); ..; utx.commit();}, what a {@code @TransactionManagement(BEAN)} EJB uses),
 * JPA's resource-local {@code EntityTransaction} ({@code em.getTransaction().begin()}) and
 * Hibernate's {@code Transaction} ({@code tx = session.beginTransaction(); ..; tx.commit()}).
 * Code that lies after a begin and before a commit or rollback of the same method runs in that
 * transaction. Only {@link Transactions} asks here.
 */
final class ProgrammaticTransactions {

    private static final Set<String> TRANSACTION_TYPES = Set.of("jakarta.transaction.UserTransaction", "javax.transaction.UserTransaction",
            "jakarta.persistence.EntityTransaction", "javax.persistence.EntityTransaction", "org.hibernate.Transaction");
    private static final Set<String> SESSION_TYPES = Set.of("org.hibernate.Session", "org.hibernate.StatelessSession",
            "org.hibernate.SharedSessionContract");
    private static final Set<String> ENDS = Set.of("commit", "rollback");

    /** One hand-managed transaction: from the end of its begin call to the start of the last commit / rollback after it. */
    record Span(Position from, Position to, String description) {
        boolean contains(Node node) {
            return node.getBegin().map(b -> b.isAfter(from) && b.isBefore(to)).orElse(false);
        }
    }

    private final TypeResolver resolver;
    private final Map<CallableDeclaration<?>, List<Span>> spans = Collections.synchronizedMap(new IdentityHashMap<>());

    ProgrammaticTransactions(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The hand-managed transaction {@code node} runs in inside {@code method}, if any. */
    Optional<Span> around(Node node, CallableDeclaration<?> method) {
        for (Span span : spansOf(method)) {
            if (span.contains(node)) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    private List<Span> spansOf(CallableDeclaration<?> method) {
        List<Span> known = spans.get(method);
        if (known != null) {
            return known;
        }
        List<MethodCallExpr> begins = new ArrayList<>();
        List<MethodCallExpr> ends = new ArrayList<>();
        for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
            String name = call.getNameAsString();
            if (!name.equals("begin") && !name.equals("beginTransaction") && !ENDS.contains(name) || call.getScope().isEmpty()) {
                continue;
            }
            Expression scope = call.getScope().get();
            if (name.equals("beginTransaction") ? isOf(scope, SESSION_TYPES) : isTransaction(scope)) {
                (ENDS.contains(name) ? ends : begins).add(call);
            }
        }
        List<Span> found = new ArrayList<>();
        for (MethodCallExpr begin : begins) {
            Position from = begin.getEnd().orElse(null);
            Position to = null;
            MethodCallExpr last = null;
            for (MethodCallExpr end : ends) {
                Position at = end.getBegin().orElse(null);
                if (from != null && at != null && at.isAfter(from) && (to == null || at.isAfter(to))) {
                    to = at;
                    last = end;
                }
            }
            if (to != null) {
                for (MethodCallExpr end : ends) { // name the first commit after the begin, if any
                    Position at = end.getBegin().orElse(null);
                    if (end.getNameAsString().equals("commit") && at != null && at.isAfter(from)) {
                        last = end;
                        break;
                    }
                }
                String scope = begin.getScope().map(Object::toString).orElse("");
                found.add(new Span(from, to, "hand-managed transaction " + scope + "." + begin.getNameAsString() + "() .. "
                        + last.getScope().map(Object::toString).orElse("") + "." + last.getNameAsString() + "() in "
                        + method.getNameAsString() + "()"));
            }
        }
        List<Span> result = List.copyOf(found);
        spans.put(method, result);
        return result;
    }

    /** {@code utx}, {@code tx}, {@code em.getTransaction()}, {@code session.getTransaction()}. */
    private boolean isTransaction(Expression scope) {
        if (scope instanceof MethodCallExpr get && get.getNameAsString().equals("getTransaction") && get.getArguments().isEmpty()) {
            return true;
        }
        return isOf(scope, TRANSACTION_TYPES);
    }

    private boolean isOf(Expression scope, Set<String> types) {
        try {
            return resolver.declaredTypeOf(scope).map(t -> types.contains(t.name()) || Names.refersTo(t.name(), scope, types)).orElse(false);
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}

package io.github.raceguard.context;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import io.github.raceguard.types.TypeResolver;

import java.util.Optional;
import java.util.Set;

/**
 * Spring's reactive {@code TransactionalOperator} around a Mono / Flux chain (read by
 * {@link Transactions}): {@code chain.as(operator::transactional)},
 * {@code chain.as(operator::transactional)} further down the chain, or
 * {@code operator.transactional(chain)}. The callbacks of the chain run in one transaction with
 * the operator's settings, which a {@code @Bean} makes; as far as can be seen, the defaults. So do
 * the publishers handed to its links ({@code save(a).then(other.save(b)).as(operator::transactional)}):
 * they are subscribed inside the wrapped chain.
 */
final class ReactiveTransactions {

    private static final Set<String> OPERATOR = Set.of("org.springframework.transaction.reactive.TransactionalOperator");

    private final TypeResolver resolver;

    ReactiveTransactions(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The transaction of the operator wrapping the chain {@code call} is a link of, if one does. */
    Optional<TransactionContext> around(MethodCallExpr call) {
        // up the chain: call is the scope of the next link
        Node current = call;
        for (Node parent = current.getParentNode().orElse(null); parent instanceof MethodCallExpr link;
             current = parent, parent = parent.getParentNode().orElse(null)) {
            Node child = current;
            boolean asScope = link.getScope().filter(s -> s == child).isPresent();
            boolean asArgument = link.getArguments().stream().anyMatch(a -> a == child);
            if (asArgument && link.getNameAsString().equals("transactional") && isOperator(link.getScope().orElse(null))) {
                return Optional.of(context(link.getScope().get()));
            }
            if (!asScope && !asArgument) {
                return Optional.empty(); // an argument of a link (then(repo.save(..))) is assembled into the chain too
            }
            if (link.getNameAsString().equals("as") && link.getArguments().size() == 1
                    && link.getArgument(0) instanceof MethodReferenceExpr reference
                    && reference.getIdentifier().equals("transactional") && isOperator(reference.getScope())) {
                return Optional.of(context(reference.getScope()));
            }
        }
        return Optional.empty();
    }

    private static TransactionContext context(Expression operator) {
        return new TransactionContext(true, "DEFAULT", false, "TransactionalOperator " + operator + ".transactional around the chain");
    }

    private boolean isOperator(Expression scope) {
        if (scope == null) {
            return false;
        }
        // operator::transactional: the parser reads the variable as a type name
        Optional<io.github.raceguard.types.TypeRef> type = scope instanceof com.github.javaparser.ast.expr.TypeExpr written
                ? resolver.declaredType(written.getType().asString(), scope) : resolver.declaredTypeOf(scope);
        return type
                .map(t -> OPERATOR.contains(t.name()) || t.name().equals("TransactionalOperator")
                        || io.github.raceguard.types.Names.refersTo(t.name(), scope, OPERATOR))
                .orElse(false);
    }
}

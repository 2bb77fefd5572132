package io.github.raceguard.context;

import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.Optional;
import java.util.Set;

/**
 * Container-managed transactions of Jakarta EE / Java EE session beans ({@code @Stateless},
 * {@code @Stateful}, EJB {@code @Singleton}, {@code @MessageDriven}): every business method (a
 * public instance method) runs in a transaction by default — {@code REQUIRED} without any
 * annotation — unless the bean says {@code @TransactionManagement(BEAN)} (then only its own
 * {@code UserTransaction} begins one, see {@link ManualTransactions}). A
 * {@code @TransactionAttribute} on the method or the class sets the attribute; its values have
 * the names of JTA's {@code TxType} and mean the same. Like Spring's proxy, the container applies
 * the attribute only to calls through the bean's reference: a {@code this.x()} call runs in the
 * caller's context. {@link Transactions} asks here; nothing else decides EJB transactions.
 */
public final class EjbTransactions {
    private EjbTransactions() {
    }

    static final Set<String> SESSION_BEANS = Set.of("jakarta.ejb.Stateless", "javax.ejb.Stateless", "jakarta.ejb.Stateful",
            "javax.ejb.Stateful", "jakarta.ejb.Singleton", "javax.ejb.Singleton", "jakarta.ejb.MessageDriven", "javax.ejb.MessageDriven");
    static final Set<String> TRANSACTION_ATTRIBUTE = Set.of("jakarta.ejb.TransactionAttribute", "javax.ejb.TransactionAttribute");
    static final Set<String> TRANSACTION_MANAGEMENT = Set.of("jakarta.ejb.TransactionManagement", "javax.ejb.TransactionManagement");

    /** The {@code @Stateless} / {@code @Stateful} / {@code @Singleton} / {@code @MessageDriven} annotation of an EJB class. */
    public static Optional<AnnotationExpr> sessionBean(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
            return Optional.empty();
        }
        return Names.annotation(type, SESSION_BEANS);
    }

    /** An EJB whose transactions the container manages: no {@code @TransactionManagement(BEAN)}. */
    public static boolean containerManaged(TypeDeclaration<?> type) {
        return sessionBean(type).isPresent() && Names.annotation(type, TRANSACTION_MANAGEMENT)
                .flatMap(a -> AnnotationValues.enumName(a, "value")).filter("BEAN"::equals).isEmpty();
    }

    /** An EJB that manages its transactions itself ({@code @TransactionManagement(BEAN)}). */
    public static boolean beanManaged(TypeDeclaration<?> type) {
        return sessionBean(type).isPresent() && !containerManaged(type);
    }

    /** True for {@code @TransactionAttribute}: its value is named like JTA's TxType. */
    public static boolean isAttribute(AnnotationExpr annotation) {
        return Names.refersTo(annotation.getNameAsString(), annotation, TRANSACTION_ATTRIBUTE);
    }

    /**
     * The {@code @TransactionAttribute} written on {@code node} (a method or a class) when the
     * container applies it: the class (or the method's class) is a container-managed EJB.
     */
    public static Optional<AnnotationExpr> attribute(NodeWithAnnotations<?> node) {
        Optional<AnnotationExpr> written = Names.annotation(node, TRANSACTION_ATTRIBUTE);
        if (written.isEmpty() || !(node instanceof Node n)) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = n instanceof TypeDeclaration<?> t ? Optional.of(t)
                : n.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        return owner.filter(EjbTransactions::containerManaged).isPresent() ? written : Optional.empty();
    }

    /**
     * The context the container gives a business method of a container-managed EJB that carries
     * no {@code @TransactionAttribute} on itself nor on its class: {@code REQUIRED}. Empty for
     * anything else (other classes, non-public or static methods, constructors).
     */
    public static Optional<TransactionContext> defaultEntry(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared) || !declared.isPublic() || declared.isStatic()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty() || !containerManaged(owner.get())) {
            return Optional.empty();
        }
        String bean = sessionBean(owner.get()).map(a -> "@" + a.getName().getIdentifier()).orElse("EJB");
        return Optional.of(new TransactionContext(true, "DEFAULT", false, "container-managed transaction of the " + bean + " "
                + owner.get().getNameAsString() + " (REQUIRED by default on its business method " + method.getNameAsString() + "())"));
    }

    /** The propagation the container applies by default to {@code method} ({@code REQUIRED}), if it is a CMT business method. */
    public static Optional<String> defaultPropagation(CallableDeclaration<?> method) {
        return defaultEntry(method).map(c -> "REQUIRED");
    }
}

package io.github.raceguard.context;

import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * Concurrency of an EJB {@code @Singleton} (Jakarta EE / Java EE): one instance serves every
 * client, so its fields are shared. With container-managed concurrency (the default) the
 * container holds a lock around every business method: {@code @Lock(WRITE)} (the default, on
 * the method or else the class) excludes every other call, {@code @Lock(READ)} lets READ methods
 * run together. A field changed only under the WRITE lock is therefore not racy; one changed in a
 * READ method is. {@code @ConcurrencyManagement(BEAN)} removes the container's lock: the fields
 * are shared like a Spring singleton's. {@link Singletons} and {@link Synchronization} ask here.
 */
public final class EjbConcurrency {
    private EjbConcurrency() {
    }

    static final Set<String> EJB_SINGLETON = Set.of("jakarta.ejb.Singleton", "javax.ejb.Singleton");
    static final Set<String> CONCURRENCY_MANAGEMENT = Set.of("jakarta.ejb.ConcurrencyManagement", "javax.ejb.ConcurrencyManagement");
    static final Set<String> LOCK = Set.of("jakarta.ejb.Lock", "javax.ejb.Lock");

    /** Why the instance of an EJB {@code @Singleton} is shared, or empty for any other class. */
    static Optional<Singletons.Sharing> sharing(TypeDeclaration<?> type) {
        Optional<AnnotationExpr> singleton = Names.annotation(type, EJB_SINGLETON);
        if (singleton.isEmpty()) {
            return Optional.empty();
        }
        String how = beanManaged(type) ? "bean-managed concurrency: no container lock"
                : "container-managed concurrency: a WRITE lock around each business method unless it is @Lock(READ)";
        return Optional.of(new Singletons.Sharing("EJB @Singleton " + type.getNameAsString() + " (" + how + ")", singleton.get()));
    }

    private static boolean beanManaged(TypeDeclaration<?> type) {
        return Names.annotation(type, CONCURRENCY_MANAGEMENT).flatMap(a -> AnnotationValues.enumName(a, "value"))
                .filter("BEAN"::equals).isPresent();
    }

    /**
     * The lock the container holds while a business method (public, not static) of an EJB
     * singleton with container-managed concurrency runs: exclusive for {@code @Lock(WRITE)} (the
     * default), shared for {@code @Lock(READ)}. The container takes it on calls through the
     * bean's reference; a call on {@code this} runs under the caller's lock.
     */
    static Optional<Guard> containerLock(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared) || !declared.isPublic() || declared.isStatic()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty() || Names.annotation(owner.get(), EJB_SINGLETON).isEmpty() || beanManaged(owner.get())) {
            return Optional.empty();
        }
        Optional<AnnotationExpr> lock = Names.annotation(method, LOCK).or(() -> Names.annotation(owner.get(), LOCK));
        String type = lock.flatMap(a -> AnnotationValues.enumName(a, "value")).orElse("WRITE");
        boolean read = type.equals("READ");
        return Optional.of(new Guard("EJB container lock " + owner.get().getFullyQualifiedName().orElse(owner.get().getNameAsString()),
                read ? Guard.Mode.SHARED : Guard.Mode.EXCLUSIVE, true,
                "the EJB container's " + (read ? "READ" : "WRITE") + " lock on " + method.getNameAsString() + "()"
                        + (lock.isEmpty() ? " (container-managed concurrency: WRITE by default)" : "")));
    }
}

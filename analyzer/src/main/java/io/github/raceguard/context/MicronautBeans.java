package io.github.raceguard.context;

import io.github.raceguard.types.Imports;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.Set;

/**
 * What Micronaut's compile-time AOP means for transactions and shared state. Micronaut applies
 * {@code @Transactional} (its own {@code io.micronaut.transaction.annotation.Transactional},
 * JTA's, or Spring's through micronaut-spring) by generating a subclass of the bean that
 * overrides every intercepted method: a call on {@code this} dispatches to that override, so
 * <b>self-invocation is intercepted</b>, unlike Spring's proxy — on every non-private, non-final
 * method, package-private and protected ones included (micronaut-core issues 10833 and 3041 show
 * calls from inside the bean going through the generated {@code $Intercepted} subclass). A
 * Micronaut {@code @Controller} is a singleton bean by default. Quarkus ArC does the same for
 * CDI interceptors, {@code @Transactional} included ("intercepted self-invocation", documented by
 * quarkusio/quarkus PR 41550), while standard CDI (Weld) does not. Only {@link Transactions} and
 * {@link Singletons} ask here.
 */
public final class MicronautBeans {

    /** Micronaut's own transactional annotations; their attributes are named like Spring's ({@code propagation}, {@code isolation}, {@code readOnly}). */
    public static final Set<String> TRANSACTIONAL = Set.of("io.micronaut.transaction.annotation.Transactional",
            "io.micronaut.transaction.annotation.TransactionalAdvice",
            "io.micronaut.transaction.interceptor.annotation.TransactionalAdvice");
    /** Micronaut beans that are singletons by default. */
    static final Set<String> SINGLETONS = Set.of("io.micronaut.http.annotation.Controller", "io.micronaut.context.annotation.Context");

    private static final Set<String> MICRONAUT_PACKAGES = Set.of("io.micronaut.");

    private final TypeIndex types;
    private volatile Boolean micronaut;

    MicronautBeans(TypeIndex types) {
        this.types = types;
    }

    /**
     * True when the sources are a Micronaut application (some file imports {@code io.micronaut}):
     * its interceptors, transactions included, apply to self-invocations too. (Quarkus ArC is
     * decided per source root by {@link QuarkusTransactions#arc}.)
     */
    boolean interceptsSelfCalls() {
        Boolean known = micronaut;
        if (known == null) {
            known = false;
            for (TypeDeclaration<?> type : types.sourceTypes()) {
                if (Imports.anyUnder(type, MICRONAUT_PACKAGES)) {
                    known = true;
                    break;
                }
            }
            micronaut = known;
        }
        return known;
    }
}

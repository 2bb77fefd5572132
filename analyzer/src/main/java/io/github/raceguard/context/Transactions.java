package io.github.raceguard.context;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ThisExpr;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one place that decides whether code runs in an effective transaction (SPEC §1):
 * {@code @Transactional} (Spring's or JTA's) on a public, non-final, non-static method or its
 * class, reached from outside the class; or code inside {@code TransactionTemplate.execute} /
 * {@code executeWithoutResult}; or a callback another bean's {@code @Transactional} method runs.
 * Besides: a business method of a container-managed EJB ({@link EjbTransactions}: REQUIRED by
 * default, {@code @TransactionAttribute}), code between a hand-managed begin and commit
 * ({@link ManualTransactions}), and in Micronaut / Quarkus, whose interceptors also apply to
 * calls on {@code this} ({@link MicronautBeans}), a self-invocation that enters the callee's own settings.
 * A method reached by self-invocation runs in its caller's context, whatever it is annotated
 * with. A method is judged by the weakest context it is really reached in (SPEC §7): its own
 * annotation when it is an entry point, the contexts of the places that run it otherwise
 * ({@link CallingContexts} computes them top-down to a fixed point).
 */
public final class Transactions {

    private final Map<CallableDeclaration<?>, TransactionContext> cache = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private final TypeResolver resolver;
    private final CallingContexts callingContexts;
    private final LibraryTransactions library;
    private final QuarkusTransactions quarkus;
    private final MicronautBeans micronaut;
    private final ManualTransactions manualTransactions;
    private final ReactiveTransactions reactiveTransactions;

    public Transactions(TypeResolver resolver, CallingContexts callingContexts) {
        this.resolver = resolver;
        this.callingContexts = callingContexts;
        this.library = new LibraryTransactions(resolver);
        this.quarkus = new QuarkusTransactions(resolver.types());
        this.manualTransactions = new ManualTransactions(resolver);
        this.micronaut = new MicronautBeans(resolver.types());
        this.reactiveTransactions = new ReactiveTransactions(resolver);
    }

    /**
     * True when the container of the code at {@code at} intercepts self-invocations and
     * non-private methods (Quarkus ArC, see {@link QuarkusTransactions#arc}; Micronaut AOP, see
     * {@link MicronautBeans}), unlike Spring's proxies.
     */
    public boolean selfInvocationIntercepted(Node at) {
        return quarkus.arc(at) || micronaut.interceptsSelfCalls();
    }

    /**
     * The container the code at {@code at} runs in (for the fix advice): a Quarkus module (ArC), a
     * Micronaut application, an EJB session bean, else Spring (also for plain JDBC code, whose
     * advice names the SQL).
     */
    public Stack stackAt(Node at) {
        if (quarkus.arc(at)) {
            return Stack.QUARKUS;
        }
        if (micronaut.interceptsSelfCalls()) {
            return Stack.MICRONAUT;
        }
        Optional<TypeDeclaration> type = at.findAncestor(TypeDeclaration.class);
        return type.isPresent() && EjbTransactions.sessionBean(type.get()).isPresent() ? Stack.JAKARTA_EE : Stack.SPRING;
    }

    /** Annotations that make a type worth a closer look for transaction settings. */
    private static final Set<String> TRANSACTION_ANNOTATION_NAMES = Set.of("Transactional", "TransactionAttribute", "TransactionalAdvice", "WithTransaction");

    private final Map<TypeDeclaration<?>, Boolean> mentions = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** A cheap pre-check, once per type: some annotation named Transactional on the type or one of its methods. */
    public boolean mentionsTransactional(TypeDeclaration<?> type) {
        return mentions.computeIfAbsent(type, t -> t.getAnnotations().stream().anyMatch(a -> TRANSACTION_ANNOTATION_NAMES.contains(a.getName().getIdentifier()))
                || t.getMethods().stream().anyMatch(m -> m.getAnnotations().stream()
                .anyMatch(a -> TRANSACTION_ANNOTATION_NAMES.contains(a.getName().getIdentifier()))));
    }

    /**
     * The context {@code node} runs in: its enclosing TransactionTemplate callback, the transaction
     * of the method a callback around it is handed to and run by, else its method's calling context.
     */
    public TransactionContext at(Node node) {
        return contextAt(node, this::of);
    }

    /**
     * The weakest context {@code method} is really reached in (SPEC §7): the meet of its own
     * context when it is an entry point ({@link CallingContexts#isEntryPoint}: a handler, listener,
     * job, {@code main}, or nothing in the sources calls it) and of the contexts at every place
     * outside test code that runs it. A self-invocation runs the callee in the caller's context;
     * a call through another bean goes through the proxy ({@link #throughProxy}).
     */
    public TransactionContext of(CallableDeclaration<?> method) {
        TransactionContext known = cache.get(method);
        if (known != null) {
            return known;
        }
        TransactionContext context = callingContexts.solve(method, propagation);
        if (!context.active() && !method.isPublic() && !(quarkus.arc(method) && !method.isPrivate() && !method.isStatic())
                && transactional(method).isPresent() && !callingContexts.isEntryPoint(method)) {
            context = TransactionContext.none("@Transactional on the " + (method.isPrivate() ? "private" : "non-public")
                    + " method " + method.getNameAsString() + "() is not applied by Spring's proxy; it runs in its caller's context: "
                    + context.description());
        }
        cache.put(method, context);
        return context;
    }

    /**
     * The hand-managed transaction {@code node} runs in (JDBC {@code setAutoCommit(false)} ..
     * {@code commit()}, {@code PlatformTransactionManager.getTransaction} .. {@code commit(status)},
     * {@code utx.begin()} .. {@code utx.commit()}, a Mono / Flux chain a {@code TransactionalOperator} wraps),
     * as an object that is the same for every node of one region; empty outside such a region.
     */
    public Optional<Object> manualRegion(Node node) {
        Optional<Object> manual = node.findAncestor(CallableDeclaration.class)
                .flatMap(method -> manualTransactions.regionAt(node, (CallableDeclaration<?>) method))
                .filter(region -> region.context().active()).map(region -> (Object) region);
        if (manual.isPresent()) {
            return manual;
        }
        // a Mono / Flux chain a TransactionalOperator wraps: its links commit together
        for (Node n = node; n != null && !(n instanceof CallableDeclaration); n = n.getParentNode().orElse(null)) {
            Optional<TransactionContext> reactive = reactiveChainAt(n);
            if (reactive.isPresent()) {
                return Optional.of(reactive.get());
            }
        }
        return Optional.empty();
    }

    /** The transaction of the TransactionalOperator wrapping the Mono / Flux chain {@code n} is a link of, if any. */
    private Optional<TransactionContext> reactiveChainAt(Node n) {
        return n instanceof MethodCallExpr link && link.getParentNode().filter(p -> p instanceof MethodCallExpr).isPresent()
                ? reactiveTransactions.around(link) : Optional.empty();
    }

    /** Where each method is reached from: the structure {@link #of} is computed over. */
    public CallingContexts callingContexts() {
        return callingContexts;
    }

    private final CallingContexts.Propagation<TransactionContext> propagation = new CallingContexts.Propagation<>() {
        @Override
        public TransactionContext entry(CallableDeclaration<?> method) {
            return Transactions.this.entry(method);
        }

        @Override
        public TransactionContext across(CallingContexts.Site site, CallableDeclaration<?> callee,
                                         Function<CallableDeclaration<?>, TransactionContext> known) {
            TransactionContext here = contextAt(site.node(), known);
            if (here == null || !(site.throughProxy() || interceptsSelfCalls(callee)) || !(callee instanceof MethodDeclaration declared)) {
                return here;
            }
            return throughProxy(here, declared);
        }

        @Override
        public TransactionContext meet(TransactionContext a, TransactionContext b) {
            return TransactionContext.weaker(a, b);
        }
    };

    /** The context at {@code node}, given the contexts of methods ({@code known}; null while unknown). */
    private TransactionContext contextAt(Node node, Function<CallableDeclaration<?>, TransactionContext> known) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof MethodReferenceExpr) {
                if (isTransactionTemplateCallback(n)) {
                    return templateContext(n);
                }
                Optional<TransactionContext> library = this.library.callback(n); // jOOQ / JDBI transaction callbacks
                if (library.isPresent()) {
                    return library.get();
                }
                Optional<CallingContexts.Callback> callback = callingContexts.callbackOf(n);
                if (callback.isPresent()) {
                    return callbackContext(callback.get(), known);
                }
            }
            // a link of a Mono / Flux chain a TransactionalOperator wraps (so also the callbacks and publishers handed to it)
            Optional<TransactionContext> reactive = reactiveChainAt(n);
            if (reactive.isPresent()) {
                return reactive.get();
            }
            if (n instanceof CallableDeclaration<?> callable) {
                // a hand-managed transaction region (setAutoCommit(false) .. commit(), getTransaction .. commit(status),
                // utx.begin() .. utx.commit())
                Optional<ManualTransactions.Region> manual = manualTransactions.regionAt(node, callable);
                return manual.isPresent() ? manual.get().context() : known.apply(callable);
            }
        }
        return TransactionContext.none("not in a method");
    }

    /**
     * A lambda or method reference handed to a source method that runs it ({@code work.get()}):
     * it runs where the runner invokes it, in the runner's context as entered by this call —
     * through the proxy (its own {@code @Transactional} applies) or by self-invocation (the
     * caller's) — or in a TransactionTemplate callback inside the runner.
     */
    private TransactionContext callbackContext(CallingContexts.Callback callback, Function<CallableDeclaration<?>, TransactionContext> known) {
        TransactionContext outer = contextAt(callback.call(), known);
        if (outer == null) {
            return null;
        }
        TransactionContext entered = CallGraph.isSelfCall(callback.call()) && !interceptsSelfCalls(callback.runner())
                ? outer : throughProxy(outer, callback.runner());
        if (entered.active()) {
            entered = new TransactionContext(true, entered.isolation(), entered.readOnly(),
                    entered.description() + " (the callback is run by " + callback.runner().getNameAsString() + "())");
        }
        TransactionContext result = null;
        for (MethodCallExpr invocation : callback.invocations()) {
            TransactionContext inside = entered;
            for (Node n = invocation; n != null && n != callback.runner(); n = n.getParentNode().orElse(null)) {
                if ((n instanceof LambdaExpr || n instanceof MethodReferenceExpr) && isTransactionTemplateCallback(n)) {
                    inside = templateContext(n);
                    break;
                }
                Optional<TransactionContext> library = (n instanceof LambdaExpr || n instanceof MethodReferenceExpr)
                        ? this.library.callback(n) : Optional.empty(); // the runner invokes it inside jdbi.inTransaction(h -> ..)
                if (library.isPresent()) {
                    inside = library.get();
                    break;
                }
            }
            result = TransactionContext.weaker(result, inside);
        }
        return result;
    }

    /**
     * The context of {@code method} called through the proxy from code running in {@code caller}:
     * REQUIRED (and NESTED) joins an active transaction, whose isolation stays the outer one;
     * REQUIRES_NEW starts its own; NOT_SUPPORTED and NEVER suspend it; SUPPORTS and MANDATORY take
     * whatever the caller has.
     */
    private TransactionContext throughProxy(TransactionContext caller, MethodDeclaration method) {
        TransactionContext own = entry(method);
        Optional<String> propagation = effectivePropagation(method);
        if (propagation.isEmpty()) {
            return caller; // no transaction attribute the proxy applies
        }
        return switch (propagation.get()) {
            case "REQUIRES_NEW", "NOT_SUPPORTED", "NEVER" -> own;
            case "SUPPORTS", "MANDATORY" -> caller;
            default -> caller.active() ? caller : own;
        };
    }

    /** The propagation of the {@code @Transactional} the proxy applies to {@code method}, if any. */
    private Optional<String> effectivePropagation(MethodDeclaration method) {
        if (LibraryTransactions.annotated(method).isPresent()) {
            return Optional.of("REQUIRED"); // JDBI's @Transaction joins an open transaction of its handle
        }
        Optional<AnnotationExpr> annotation = applicable(method);
        if (annotation.isEmpty()) {
            return EjbTransactions.defaultPropagation(method); // an EJB business method: REQUIRED by default
        }
        if (notApplied(method).isPresent()) {
            return Optional.empty();
        }
        AnnotationExpr a = annotation.get();
        return Optional.of(isJta(a) ? AnnotationValues.enumName(a, "value").orElse("REQUIRED")
                : AnnotationValues.enumName(a, "propagation").orElse("REQUIRED"));
    }

    /** The context when {@code method} is called from outside its class, through the proxy. */
    public TransactionContext entry(CallableDeclaration<?> method) {
        Optional<TransactionContext> sqlObject = LibraryTransactions.annotated(method);
        if (sqlObject.isPresent()) {
            return sqlObject.get();
        }
        boolean onMethod = transactional(method).or(() -> onInterfaceMethod(method)).isPresent();
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        Optional<AnnotationExpr> annotation = applicable(method);
        String name = method.getNameAsString() + "()";
        if (annotation.isEmpty()) {
            if (owner.isPresent() && EjbTransactions.beanManaged(owner.get())) {
                return TransactionContext.none("@TransactionManagement(BEAN) on " + owner.get().getNameAsString()
                        + ": no transaction unless the code begins its UserTransaction");
            }
            return EjbTransactions.defaultEntry(method).orElseGet(() -> TransactionContext.none("no @Transactional on " + name));
        }
        if (!(method instanceof MethodDeclaration declared)) {
            return TransactionContext.none("constructors do not run in a transaction");
        }
        Optional<String> notApplied = notApplied(declared);
        if (notApplied.isPresent()) {
            return TransactionContext.none(notApplied.get().equals("final class")
                    ? "@Transactional on final class " + owner.map(TypeDeclaration::getNameAsString).orElse("?") + " is not applied by Spring's proxy"
                    : "@Transactional on the " + notApplied.get() + " method " + name + " is not applied by Spring's proxy");
        }
        AnnotationExpr a = annotation.get();
        String where = (onMethod ? "@" + a.getName().getIdentifier() + " on " + name
                : "@" + a.getName().getIdentifier() + " on class " + owner.map(TypeDeclaration::getNameAsString).orElse("?"));
        if (isJta(a)) {
            String txType = AnnotationValues.enumName(a, "value").orElse("REQUIRED");
            boolean opens = txType.equals("REQUIRED") || txType.equals("REQUIRES_NEW") || txType.equals("MANDATORY");
            String kind = EjbTransactions.isAttribute(a) ? " with TransactionAttributeType." : " with TxType.";
            return opens ? new TransactionContext(true, "DEFAULT", false, where)
                    : TransactionContext.none(where + kind + txType + " runs without a transaction");
        }
        String propagation = AnnotationValues.enumName(a, "propagation").orElse("REQUIRED");
        boolean opens = switch (propagation) {
            case "SUPPORTS", "NOT_SUPPORTED", "NEVER" -> false;
            default -> true;
        };
        if (!opens) {
            return TransactionContext.none(where + " with Propagation." + propagation + " runs without a transaction");
        }
        String isolation = AnnotationValues.enumName(a, "isolation").orElse("DEFAULT");
        return new TransactionContext(true, isolation, AnnotationValues.bool(a, "readOnly"), where);
    }

    /**
     * Why the proxy never applies a {@code @Transactional} on {@code method} (static, private,
     * non-public, final, final class), whatever is declared. A class used behind a Spring Data
     * repository proxy ({@link #behindRepositoryProxy}) is not subclassed: the repository proxy
     * calls it through the repository interface and applies its annotations, final or not.
     */
    private Optional<String> notApplied(MethodDeclaration method) {
        if (method.isStatic()) {
            return Optional.of("static");
        }
        if (method.isPrivate()) {
            return Optional.of("private");
        }
        if (!method.isPublic() && quarkus.arc(method)) {
            return Optional.empty(); // ArC intercepts package-private and protected methods (final ones are transformed)
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        boolean repository = owner.isPresent() && behindRepositoryProxy(owner.get());
        if (method.isFinal() && !repository) {
            return Optional.of("final");
        }
        if (!repository && owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration cls && cls.isFinal()) {
            return Optional.of("final class");
        }
        return method.isPublic() || interceptsSelfCalls(method) ? Optional.empty() : Optional.of("non-public");
    }

    /**
     * True when a call of {@code method} on {@code this} still goes through its interceptors
     * ({@link #selfInvocationIntercepted}) for a non-private, non-static, non-final method.
     */
    public boolean interceptsSelfCalls(CallableDeclaration<?> method) {
        return method instanceof MethodDeclaration m && !m.isPrivate() && !m.isStatic() && !m.isFinal()
                && selfInvocationIntercepted(method);
    }

    /**
     * True when {@code a} and {@code b} lie inside the same hand-managed transaction of their
     * method ({@code utx.begin() .. utx.commit()}): their writes commit together.
     */
    public boolean sameHandManagedTransaction(Node a, Node b) {
        Optional<Object> region = manualRegion(a);
        return region.isPresent() && region.equals(manualRegion(b));
    }

    private static final Set<String> REPOSITORY_BASE_CLASSES = Set.of("SimpleJpaRepository", "QuerydslJpaRepository",
            "JpaRepositoryImplementation", "SimpleMongoRepository", "SimpleReactiveMongoRepository", "SimpleJdbcRepository",
            "SimpleR2dbcRepository", "SimpleKeyValueRepository", "SimpleElasticsearchRepository", "SimpleCassandraRepository",
            "SimpleNeo4jRepository");

    private final Map<TypeDeclaration<?>, Boolean> repositoryTargets = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    private volatile Set<String> repositoryBaseClassNames;

    /**
     * A class the Spring Data repository proxy delegates to: it extends a Spring Data base
     * implementation ({@code SimpleJpaRepository}, {@code SimpleMongoRepository}, ...), directly
     * or through source classes, or is named by {@code repositoryBaseClass = X.class}.
     */
    public boolean behindRepositoryProxy(TypeDeclaration<?> type) {
        return repositoryTargets.computeIfAbsent(type, t -> {
            if (!(t instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
                return false;
            }
            if (repositoryBaseClassNames().contains(cls.getNameAsString())) {
                return true;
            }
            ClassOrInterfaceDeclaration current = cls;
            for (int depth = 0; current != null && depth < 8; depth++) {
                ClassOrInterfaceDeclaration next = null;
                List<com.github.javaparser.ast.type.ClassOrInterfaceType> supertypes = new java.util.ArrayList<>(current.getExtendedTypes());
                supertypes.addAll(current.getImplementedTypes());
                for (var written : supertypes) {
                    if (REPOSITORY_BASE_CLASSES.contains(written.getNameAsString())) {
                        return true;
                    }
                }
                for (var written : current.getExtendedTypes()) {
                    next = resolver.types().resolve(written.getNameWithScope(), current).flatMap(resolver.types()::sourceType)
                            .filter(s -> s instanceof ClassOrInterfaceDeclaration).map(s -> (ClassOrInterfaceDeclaration) s).orElse(null);
                }
                current = next;
            }
            return false;
        });
    }

    private Set<String> repositoryBaseClassNames() {
        Set<String> known = repositoryBaseClassNames;
        if (known == null) {
            Set<String> names = new HashSet<>();
            for (TypeDeclaration<?> type : resolver.types().sourceTypes()) {
                for (AnnotationExpr annotation : type.getAnnotations()) {
                    if (annotation instanceof com.github.javaparser.ast.expr.NormalAnnotationExpr normal) {
                        normal.getPairs().stream().filter(p -> p.getNameAsString().equals("repositoryBaseClass"))
                                .map(p -> p.getValue())
                                .filter(v -> v instanceof com.github.javaparser.ast.expr.ClassExpr)
                                .map(v -> Names.simpleName(((com.github.javaparser.ast.expr.ClassExpr) v).getType().asString()))
                                .forEach(names::add);
                    }
                }
            }
            known = Set.copyOf(names);
            repositoryBaseClassNames = known;
        }
        return known;
    }

    /** The {@code @Transactional} (Spring's or JTA's) written on {@code node} itself, if any. */
    public static Optional<AnnotationExpr> declaredOn(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return transactional(node);
    }

    /**
     * Why Spring's proxy never applies a {@code @Transactional} meant for {@code method}:
     * "private", "static" or "final" for an annotation on the method itself (or "final" for a
     * public final method of a class-level annotated class), "final class" for a method of a
     * final class; empty when the proxy applies it, when none is declared, or when the sources
     * enable AspectJ weaving. Package-private and protected methods are left out (SPEC §1 names
     * private, final and static).
     */
    public Optional<String> ignoredBecause(MethodDeclaration method) {
        if (aspectJWeaving()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (transactional(method).isPresent()) {
            return notApplied(method).filter(why -> !why.equals("non-public"));
        }
        if (owner.flatMap(Transactions::transactional).isPresent() && method.isPublic() && !method.isStatic()) {
            return notApplied(method);
        }
        return Optional.empty();
    }

    private volatile Boolean aspectJ;

    /** True when a source class enables AspectJ-woven transactions: {@code @EnableTransactionManagement(mode = AdviceMode.ASPECTJ)}. */
    public boolean aspectJWeaving() {
        Boolean known = aspectJ;
        if (known == null) {
            known = resolver.types().sourceTypes().stream()
                    .flatMap(type -> Names.annotation(type, ENABLE_TRANSACTION_MANAGEMENT).stream())
                    .anyMatch(a -> AnnotationValues.enumName(a, "mode").filter("ASPECTJ"::equals).isPresent());
            aspectJ = known;
        }
        return known;
    }

    private static final Set<String> ENABLE_TRANSACTION_MANAGEMENT = Set.of("org.springframework.transaction.annotation.EnableTransactionManagement");

    private static final Set<String> ALL_TRANSACTIONAL = union(union(Frameworks.SPRING_TRANSACTIONAL, Frameworks.JTA_TRANSACTIONAL),
            union(QuarkusTransactions.ANNOTATIONS, MicronautBeans.TRANSACTIONAL));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /**
     * The {@code @Transactional} that governs {@code method}: on the method, on the interface
     * method it implements, on its class, or on the interface its class implements — in that order.
     */
    private Optional<AnnotationExpr> applicable(CallableDeclaration<?> method) {
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        return transactional(method).or(() -> onInterfaceMethod(method))
                .or(() -> owner.flatMap(Transactions::transactional)).or(() -> owner.flatMap(this::onInterface));
    }

    /** Jakarta / javax {@code Transactional} (TxType in {@code value}) rather than Spring's. */
    private static boolean isJta(AnnotationExpr annotation) {
        if (EjbTransactions.isAttribute(annotation)) {
            return true; // TransactionAttributeType values are named like TxType
        }
        return Names.qualify(annotation.getNameAsString(), annotation, ALL_TRANSACTIONAL)
                .map(f -> Frameworks.JTA_TRANSACTIONAL.contains(f) || QuarkusTransactions.ANNOTATIONS.contains(f)).orElse(false);
    }

    /**
     * {@code @Transactional} on the interface method a class method implements: Spring (6+) applies
     * it to interface-based and class-based proxies alike.
     */
    private Optional<AnnotationExpr> onInterfaceMethod(CallableDeclaration<?> method) {
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        for (TypeDeclaration<?> iface : implementedInterfaces(owner)) {
            for (MethodDeclaration candidate : iface.getMethodsByName(method.getNameAsString())) {
                if (candidate.getParameters().size() == method.getParameters().size()) {
                    Optional<AnnotationExpr> found = transactional(candidate);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<AnnotationExpr> onInterface(TypeDeclaration<?> type) {
        return implementedInterfaces(Optional.of(type)).stream().map(Transactions::transactional)
                .flatMap(Optional::stream).findFirst();
    }

    private List<TypeDeclaration<?>> implementedInterfaces(Optional<TypeDeclaration<?>> owner) {
        if (owner.isEmpty() || !(owner.get() instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
            return List.of();
        }
        List<TypeDeclaration<?>> interfaces = new java.util.ArrayList<>();
        for (var implemented : cls.getImplementedTypes()) {
            resolver.types().resolve(implemented.getNameWithScope(), cls).flatMap(resolver.types()::sourceType).ifPresent(interfaces::add);
        }
        return interfaces;
    }

    private static Optional<AnnotationExpr> transactional(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return Names.annotation(node, ALL_TRANSACTIONAL).or(() -> EjbTransactions.attribute(node));
    }

    /**
     * The transaction a TransactionTemplate callback runs in: the template's settings made in the
     * same class ({@code template.setIsolationLevel(ISOLATION_SERIALIZABLE)},
     * {@code setReadOnly(true)}, {@code setPropagationBehavior(PROPAGATION_NOT_SUPPORTED)});
     * a template configured elsewhere (a {@code @Bean}) runs with the defaults as far as can be seen.
     */
    private TransactionContext templateContext(Node callback) {
        if (QuarkusTransactions.isCallback(callback)) {
            return QuarkusTransactions.context(callback);
        }
        MethodCallExpr execute = (MethodCallExpr) callback.getParentNode().orElseThrow();
        String template = execute.getScope().map(Transactions::variableName).orElse("");
        String isolation = "DEFAULT";
        boolean readOnly = false;
        String propagation = "REQUIRED";
        Optional<TypeDeclaration<?>> owner = callback.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isPresent() && !template.isEmpty()) {
            for (MethodCallExpr setter : owner.get().findAll(MethodCallExpr.class)) {
                if (setter.getArguments().size() != 1 || setter.getScope().map(Transactions::variableName).filter(template::equals).isEmpty()) {
                    continue;
                }
                String value = AnnotationValues.stringValue(setter.getArgument(0));
                value = value.substring(value.lastIndexOf('.') + 1);
                switch (setter.getNameAsString()) {
                    case "setIsolationLevel", "setIsolationLevelName" -> isolation = value.replace("ISOLATION_", "");
                    case "setReadOnly" -> readOnly = value.equals("true");
                    case "setPropagationBehavior", "setPropagationBehaviorName" -> propagation = value.replace("PROPAGATION_", "");
                    default -> { }
                }
            }
        }
        String description = "TransactionTemplate " + template + ".execute callback";
        if (propagation.equals("NOT_SUPPORTED") || propagation.equals("NEVER") || propagation.equals("SUPPORTS")) {
            return TransactionContext.none(description + " with PROPAGATION_" + propagation + " runs without a transaction");
        }
        return new TransactionContext(true, isolation, readOnly, description);
    }

    private static String variableName(com.github.javaparser.ast.expr.Expression scope) {
        if (scope instanceof com.github.javaparser.ast.expr.NameExpr name) {
            return name.getNameAsString();
        }
        if (scope instanceof com.github.javaparser.ast.expr.FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            return field.getNameAsString();
        }
        return "";
    }

    /**
     * A callback that runs in a transaction begun for it: a TransactionTemplate callback, or a
     * lambda handed through the proxy to another bean's {@code @Transactional} method that runs it
     * ({@code runner.inTransaction(() -> ...)}). Its writes commit together.
     */
    public boolean runsInOwnTransaction(Node callback) {
        if (callback.getParentNode().isEmpty() || !(callback.getParentNode().get() instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        if (library.callback(callback).isPresent()) {
            return true;
        }
        if ((name.equals("execute") || name.equals("executeWithoutResult")) && isTransactionTemplateCallback(callback)) {
            return true;
        }
        if (QuarkusTransactions.isCallback(callback)) {
            return QuarkusTransactions.context(callback).active();
        }
        return callingContexts.callbackOf(callback)
                .filter(c -> (!CallGraph.isSelfCall(c.call()) || interceptsSelfCalls(c.runner())) && entry(c.runner()).active())
                .isPresent();
    }

    /** A lambda or method reference passed to {@code TransactionTemplate.execute/executeWithoutResult}. */
    public boolean isTransactionTemplateCallback(Node callback) {
        if (QuarkusTransactions.isCallback(callback)) {
            return true; // QuarkusTransaction.requiringNew().run(..), reactive Panache.withTransaction(..)
        }
        Optional<Node> parent = callback.getParentNode();
        if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr call)) {
            return false;
        }
        String name = call.getNameAsString();
        if (!name.equals("execute") && !name.equals("executeWithoutResult") || call.getScope().isEmpty()) {
            return false;
        }
        return resolver.declaredTypeOf(call.getScope().get())
                .map(type -> Frameworks.TRANSACTION_TEMPLATE.contains(type.name())
                        || Names.refersTo(type.name(), call, Frameworks.TRANSACTION_TEMPLATE))
                .orElse(false);
    }
}

package io.github.raceguard.context;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.raceguard.source.ParsedFile;
import io.github.raceguard.types.TestSources;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where each method is really reached from, and the top-down computation of a fact over those
 * calling contexts (SPEC §7: a method is judged in the calling contexts that really reach it).
 * <p>
 * The places that run a method ({@link #sites}): the calls the {@link CallGraph} resolves to it
 * or to a method it overrides (a dispatcher calling handlers through their interface reaches
 * every implementation), a call on the element of a collection of handlers
 * ({@code handlers.forEach(h -> h.handle(e))}), and method references handed to a call
 * ({@code runner.inTransaction(this::apply)}). Code in test sources is never a calling context.
 * An <em>entry point</em> is a method the framework calls ({@link EntryPoints}) or one that
 * nothing in the (non-test) sources runs: a public bean method nobody calls is reachable from
 * outside, so it is judged by its own annotations.
 * <p>
 * {@link #solve} computes a fact per method from the entry points down, each method getting the
 * meet of its entry value (when it is an entry point) and of the values at its sites, with a
 * worklist until nothing changes: recursion converges and the answer does not depend on the order
 * in which methods are visited. A query solves the part of the call graph that reaches the asked
 * method (closed under callers, so its values are the whole program's) and keeps the results.
 * Callers are visited before their callees, so outside recursion each method is computed once
 * from its callers' final values; inside a cycle values only go down (the meet with the previous
 * one), which ends the iteration.
 */
public final class CallingContexts {

    /**
     * A place that runs a method.
     *
     * @param node         the call, or the method reference handed to a call
     * @param throughProxy the call goes through another bean's reference (a Spring proxy), not {@code this}
     */
    public record Site(Node node, boolean throughProxy) {
    }

    /** What {@link #solve} computes per method: how a value enters and flows along a site. */
    public interface Propagation<C> {
        /** The value of {@code method} reached from outside the sources. */
        C entry(CallableDeclaration<?> method);

        /** The value {@code callee} gets from {@code site}, given the (possibly still unknown: null) values of the methods around it; null when not known yet. */
        C across(Site site, CallableDeclaration<?> callee, Function<CallableDeclaration<?>, C> known);

        /** The meet of two values (commutative and associative: the weaker of the two). */
        C meet(C a, C b);
    }

    private static final int MAX_SUPERTYPE_DEPTH = 8;

    private final TypeIndex types;
    private final TypeResolver resolver;
    private final CallGraph callGraph;
    private final List<ParsedFile> files;
    private final EntryPoints entryPoints = new EntryPoints(this);
    private final Map<CallableDeclaration<?>, List<Site>> sites = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<MethodDeclaration, List<MethodDeclaration>> overridden = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Map<String, List<MethodReferenceExpr>> referencesByName;

    public CallingContexts(TypeIndex types, TypeResolver resolver, CallGraph callGraph, List<ParsedFile> files) {
        this.types = types;
        this.resolver = resolver;
        this.callGraph = callGraph;
        this.files = files;
    }

    public EntryPoints entryPoints() {
        return entryPoints;
    }

    /** True when {@code method} is reached from outside the sources: the framework calls it, or nothing in them does. */
    public boolean isEntryPoint(CallableDeclaration<?> method) {
        return !(method instanceof MethodDeclaration) || entryPoints.framework(method).isPresent() || sites(method).isEmpty();
    }

    /** The places outside test code that run {@code method}, in source order of discovery. */
    public List<Site> sites(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared)) {
            return List.of();
        }
        List<Site> known = sites.get(method);
        if (known != null) {
            return known;
        }
        List<Site> found = new ArrayList<>();
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<MethodDeclaration> targets = new ArrayList<>();
        targets.add(declared);
        targets.addAll(overridden(declared));
        for (MethodDeclaration target : targets) {
            for (MethodCallExpr call : callGraph.callers(target)) {
                if (seen.add(call) && !TestSources.isTestCode(call)) {
                    found.add(new Site(call, !CallGraph.isSelfCall(call)));
                }
            }
        }
        Set<TypeDeclaration<?>> receivers = receiverTypes(declared);
        for (MethodCallExpr call : callGraph.callsNamed(declared.getNameAsString())) {
            if (call.getArguments().size() == declared.getParameters().size() && !seen.contains(call)
                    && elementOfHandlers(call).map(receivers::contains).orElse(false) && !TestSources.isTestCode(call)) {
                seen.add(call);
                found.add(new Site(call, true));
            }
        }
        for (MethodReferenceExpr reference : references().getOrDefault(declared.getNameAsString(), List.of())) {
            referenced(reference, declared, receivers).ifPresent(proxy -> {
                if (seen.add(reference) && !TestSources.isTestCode(reference)) {
                    found.add(new Site(reference, proxy));
                }
            });
        }
        List<Site> result = List.copyOf(found);
        sites.put(method, result);
        return result;
    }

    /**
     * For a lambda, method reference or anonymous object handed to a source method that invokes
     * that parameter ({@code work.get()}, {@code callback.run()}): the runner and the calls that
     * invoke it. Empty when the argument is not a callback the runner runs itself.
     */
    public Optional<Callback> callbackOf(Node argument) {
        if (argument.getParentNode().isEmpty() || !(argument.getParentNode().get() instanceof MethodCallExpr call)
                || !(argument instanceof Expression expression) || !call.getArguments().contains(expression)) {
            return Optional.empty();
        }
        Optional<MethodDeclaration> runner = callGraph.callee(call).filter(m -> m.getBody().isPresent());
        int index = indexOf(call, expression);
        if (runner.isEmpty() || index >= runner.get().getParameters().size()) {
            return Optional.empty();
        }
        Parameter parameter = runner.get().getParameter(index);
        String name = parameter.getNameAsString();
        List<MethodCallExpr> invocations = runner.get().getBody().get().findAll(MethodCallExpr.class,
                c -> c.getScope().filter(s -> s instanceof NameExpr n && n.getNameAsString().equals(name)).isPresent());
        return invocations.isEmpty() ? Optional.empty() : Optional.of(new Callback(call, runner.get(), invocations));
    }

    /** A callback handed to {@code runner} by {@code call}, run by {@code invocations} inside the runner. */
    public record Callback(MethodCallExpr call, MethodDeclaration runner, List<MethodCallExpr> invocations) {
    }

    private static int indexOf(MethodCallExpr call, Expression argument) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (call.getArgument(i) == argument) {
                return i;
            }
        }
        return -1;
    }

    // ---- the fixed point ----

    private final Map<Propagation<?>, Map<CallableDeclaration<?>, Object>> solved = new IdentityHashMap<>();

    /**
     * The value of {@code method} under {@code propagation}: computed once for the part of the call
     * graph that reaches it, then kept. Methods in a cycle that no entry point reaches get their
     * entry value.
     */
    @SuppressWarnings("unchecked")
    public synchronized <C> C solve(CallableDeclaration<?> method, Propagation<C> propagation) {
        Map<CallableDeclaration<?>, Object> done = solved.computeIfAbsent(propagation, p -> new IdentityHashMap<>());
        Object known = done.get(method);
        if (known != null) {
            return (C) known;
        }
        // the methods whose values this one depends on: the methods around its sites, transitively
        Map<CallableDeclaration<?>, List<CallableDeclaration<?>>> dependents = new IdentityHashMap<>();
        Map<CallableDeclaration<?>, List<CallableDeclaration<?>>> callersOf = new IdentityHashMap<>();
        Set<CallableDeclaration<?>> closure = new LinkedHashSet<>();
        Deque<CallableDeclaration<?>> pending = new ArrayDeque<>();
        closure.add(method);
        pending.add(method);
        while (!pending.isEmpty()) {
            CallableDeclaration<?> m = pending.poll();
            for (Site site : sites(m)) {
                Optional<CallableDeclaration> around = site.node().findAncestor(CallableDeclaration.class);
                if (around.isEmpty() || done.containsKey(around.get())) {
                    continue;
                }
                dependents.computeIfAbsent(around.get(), k -> new ArrayList<>()).add(m);
                callersOf.computeIfAbsent(m, k -> new ArrayList<>()).add(around.get());
                if (closure.add(around.get())) {
                    pending.add(around.get());
                }
            }
        }
        Map<CallableDeclaration<?>, C> state = new IdentityHashMap<>();
        Function<CallableDeclaration<?>, C> value = m -> done.containsKey(m) ? (C) done.get(m) : state.get(m);
        // callers before callees: without recursion every method is computed once, from final values
        Deque<CallableDeclaration<?>> work = new ArrayDeque<>(callersFirst(method, callersOf));
        Set<CallableDeclaration<?>> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(closure);
        while (!work.isEmpty()) {
            CallableDeclaration<?> m = work.poll();
            queued.remove(m);
            C next = isEntryPoint(m) ? propagation.entry(m) : null;
            for (Site site : sites(m)) {
                C incoming = propagation.across(site, m, value);
                next = incoming == null ? next : next == null ? incoming : propagation.meet(next, incoming);
            }
            C previous = state.get(m);
            if (previous != null && next != null) {
                next = propagation.meet(previous, next); // values only go down: the iteration ends
            }
            if (next != null && !next.equals(previous)) {
                state.put(m, next);
                for (CallableDeclaration<?> dependent : dependents.getOrDefault(m, List.of())) {
                    if (queued.add(dependent)) {
                        work.add(dependent);
                    }
                }
            }
        }
        for (CallableDeclaration<?> m : closure) {
            C result = state.get(m);
            done.put(m, result != null ? result : propagation.entry(m));
        }
        return (C) done.get(method);
    }

    /** The methods {@code root} depends on in DFS post-order along callers: every caller before its callees, outside cycles. */
    private static List<CallableDeclaration<?>> callersFirst(CallableDeclaration<?> root,
                                                             Map<CallableDeclaration<?>, List<CallableDeclaration<?>>> callersOf) {
        List<CallableDeclaration<?>> order = new ArrayList<>();
        Set<CallableDeclaration<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> stack = new ArrayDeque<>();
        visited.add(root);
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            CallableDeclaration<?> m = (CallableDeclaration<?>) top[0];
            List<CallableDeclaration<?>> callers = callersOf.getOrDefault(m, List.of());
            int next = (Integer) top[1];
            if (next < callers.size()) {
                top[1] = next + 1;
                CallableDeclaration<?> caller = callers.get(next);
                if (visited.add(caller)) {
                    stack.push(new Object[] {caller, 0});
                }
            } else {
                stack.pop();
                order.add(m);
            }
        }
        return order;
    }

    // ---- the structure ----

    /** The methods of source supertypes (interfaces, superclasses, transitively) that {@code method} overrides: same name and arity. */
    public List<MethodDeclaration> overridden(MethodDeclaration method) {
        List<MethodDeclaration> known = overridden.get(method);
        if (known != null) {
            return known;
        }
        List<MethodDeclaration> found = new ArrayList<>();
        Optional<TypeDeclaration> owner = method.findAncestor(TypeDeclaration.class);
        if (owner.isPresent() && !method.isStatic() && !method.isPrivate()) {
            for (TypeDeclaration<?> supertype : supertypes((TypeDeclaration<?>) owner.get())) {
                for (MethodDeclaration candidate : supertype.getMethodsByName(method.getNameAsString())) {
                    if (candidate.getParameters().size() == method.getParameters().size() && !candidate.isStatic() && !candidate.isPrivate()) {
                        found.add(candidate);
                    }
                }
            }
        }
        List<MethodDeclaration> result = List.copyOf(found);
        overridden.put(method, result);
        return result;
    }

    /** The source types {@code type} extends or implements, transitively (not itself). */
    private List<TypeDeclaration<?>> supertypes(TypeDeclaration<?> type) {
        Set<TypeDeclaration<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeDeclaration<?>> result = new ArrayList<>();
        Deque<TypeDeclaration<?>> pending = new ArrayDeque<>(List.of(type));
        for (int depth = 0; !pending.isEmpty() && depth < MAX_SUPERTYPE_DEPTH; depth++) {
            Deque<TypeDeclaration<?>> next = new ArrayDeque<>();
            for (TypeDeclaration<?> t : pending) {
                if (!(t instanceof ClassOrInterfaceDeclaration cls)) {
                    continue;
                }
                List<ClassOrInterfaceType> direct = new ArrayList<>(cls.getExtendedTypes());
                direct.addAll(cls.getImplementedTypes());
                for (ClassOrInterfaceType written : direct) {
                    types.resolve(written.getNameWithScope(), cls).flatMap(types::sourceType).ifPresent(s -> {
                        if (s != type && seen.add(s)) {
                            result.add(s);
                            next.add(s);
                        }
                    });
                }
            }
            pending = next;
        }
        return result;
    }

    /** The class of {@code method} and its source supertypes: the receivers a call reaching it may be written on. */
    private Set<TypeDeclaration<?>> receiverTypes(MethodDeclaration method) {
        Set<TypeDeclaration<?>> receivers = Collections.newSetFromMap(new IdentityHashMap<>());
        method.findAncestor(TypeDeclaration.class).ifPresent(owner -> {
            receivers.add((TypeDeclaration<?>) owner);
            receivers.addAll(supertypes((TypeDeclaration<?>) owner));
        });
        return receivers;
    }

    /**
     * {@code handlers.forEach(h -> h.handle(e))}: a call on the untyped parameter of a lambda handed
     * to {@code forEach} of a collection declared {@code List<Handler>}: the source type Handler.
     */
    private Optional<TypeDeclaration<?>> elementOfHandlers(MethodCallExpr call) {
        if (call.getScope().isEmpty() || !(call.getScope().get() instanceof NameExpr receiver)) {
            return Optional.empty();
        }
        Optional<LambdaExpr> lambda = call.findAncestor(LambdaExpr.class);
        if (lambda.isEmpty() || lambda.get().getParameters().size() != 1
                || !lambda.get().getParameter(0).getNameAsString().equals(receiver.getNameAsString())
                || !lambda.get().getParameter(0).getType().isUnknownType()
                || !(lambda.get().getParentNode().orElse(null) instanceof MethodCallExpr forEach)
                || !forEach.getNameAsString().equals("forEach") || forEach.getScope().isEmpty()) {
            return Optional.empty();
        }
        return resolver.declaredTypeOf(forEach.getScope().get())
                .filter(t -> t.args().size() == 1)
                .map(t -> t.args().get(0))
                .map(TypeRef::name)
                .flatMap(types::sourceType);
    }

    /**
     * Whether {@code reference} names {@code method}: {@code this::m} / {@code super::m} in its class
     * (a self-invocation: false), {@code bean::m} on a variable of its type or a supertype, or
     * {@code Type::m} (the receiver is the element: through the proxy, true).
     */
    private Optional<Boolean> referenced(MethodReferenceExpr reference, MethodDeclaration method, Set<TypeDeclaration<?>> receivers) {
        Expression scope = reference.getScope();
        if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
            Optional<TypeDeclaration> around = reference.findAncestor(TypeDeclaration.class);
            return around.isPresent() && receivers.contains((TypeDeclaration<?>) around.get()) ? Optional.of(false) : Optional.empty();
        }
        Optional<TypeDeclaration<?>> target;
        if (scope instanceof TypeExpr type) {
            target = types.resolve(type.getType().asString(), reference).flatMap(types::sourceType);
        } else {
            target = resolver.declaredTypeOf(scope).map(TypeRef::name).flatMap(types::sourceType);
        }
        if (target.isEmpty() || !receivers.contains(target.get())) {
            return Optional.empty();
        }
        return Optional.of(!method.isStatic());
    }

    /** Method references handed to a call as an argument, by identifier. */
    private Map<String, List<MethodReferenceExpr>> references() {
        Map<String, List<MethodReferenceExpr>> index = referencesByName;
        if (index == null) {
            synchronized (this) {
                if (referencesByName == null) {
                    Map<String, List<MethodReferenceExpr>> built = new HashMap<>();
                    for (ParsedFile file : files) {
                        for (MethodCallExpr call : file.calls()) {
                            for (Expression argument : call.getArguments()) {
                                if (argument instanceof MethodReferenceExpr reference) {
                                    built.computeIfAbsent(reference.getIdentifier(), k -> new ArrayList<>()).add(reference);
                                }
                            }
                        }
                    }
                    referencesByName = built;
                }
                index = referencesByName;
            }
        }
        return index;
    }
}

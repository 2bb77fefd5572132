package io.github.raceguard.flow;

import com.github.javaparser.ast.body.CallableDeclaration;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import io.github.raceguard.context.CallComponents;

import java.util.function.Function;

/**
 * One interprocedural summary framework: per-method summaries of an analysis, computed bottom-up
 * over the call graph's strongly connected components ({@link CallComponents}). A method outside
 * any cycle is walked once, after its callees; the methods of a recursion cycle are walked again
 * until their summaries stop changing (a fixed point), each asking for the others' current
 * approximations, starting from the analysis' bottom. Nothing computed inside a cycle is kept
 * before the cycle is solved, and a cycle is solved in a canonical order of its methods, so a
 * summary is the same whichever method is asked first, and on any number of threads.
 *
 * <p>Walks ask for their callees' summaries through {@link #summary}; the analysis supplies the
 * walk, the bottom and the facts two approximations are compared by ({@link Domain#facts}: a
 * finite abstraction — which parameters are written, which writes are made — not the step lists
 * that explain them, which may grow with every round of a recursion). A cycle that has not
 * settled after {@link #MAX_ROUNDS} walks of each method keeps its last approximation and is
 * counted ({@link #unconverged}), for a notification.
 *
 * <p>Thread-safe: solved summaries are shared; two threads that solve the same component at the
 * same time compute the same summaries and the first one published wins.
 */
public final class SummaryEngine<S> {

    /** What the engine needs from an analysis. */
    public interface Domain<S> {
        /** The summary assumed for a cycle's methods before their first walk. */
        S bottom();

        /** Walks {@code method}; callee summaries come from {@link SummaryEngine#summary}. */
        S compute(CallableDeclaration<?> method);

        /** What two approximations are compared by: equal facts mean the cycle has settled. */
        Object facts(S summary);
    }

    /** Walks of one cycle method before the cycle is given up as not settling. */
    public static final int MAX_ROUNDS = 12;

    private final CallComponents components;
    private final Domain<S> domain;
    private final Map<CallableDeclaration<?>, S> solved = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadLocal<Deque<Solving<S>>> solving = ThreadLocal.withInitial(ArrayDeque::new);
    private final AtomicInteger unconverged = new AtomicInteger();

    public SummaryEngine(CallComponents components, Domain<S> domain) {
        this.components = components;
        this.domain = domain;
    }

    /** Like {@link #SummaryEngine(CallComponents, Domain)} with the domain given as functions. */
    public static <S> SummaryEngine<S> of(CallComponents components, S bottom, Function<CallableDeclaration<?>, S> compute,
                                          Function<S, Object> facts) {
        return new SummaryEngine<>(components, new Domain<>() {
            @Override
            public S bottom() {
                return bottom;
            }

            @Override
            public S compute(CallableDeclaration<?> method) {
                return compute.apply(method);
            }

            @Override
            public Object facts(S summary) {
                return facts.apply(summary);
            }
        });
    }

    /** How many recursion cycles did not settle within {@link #MAX_ROUNDS} walks of each method. */
    public int unconverged() {
        return unconverged.get();
    }

    /** The summary of {@code method}: solved once, with everything it calls. */
    public S summary(CallableDeclaration<?> method) {
        S known = solved.get(method);
        if (known != null) {
            return known;
        }
        for (Solving<S> outer : solving.get()) {
            S approximation = outer.current.get(method);
            if (approximation != null) {
                return approximation; // a method of a cycle being solved: its current approximation
            }
        }
        CallComponents.Component component = components.of(method);
        solve(component);
        return solved.get(method);
    }

    private void solve(CallComponents.Component component) {
        if (!component.cyclic()) {
            // outside any cycle: the walk asks for its callees, each solved (bottom-up) when first asked
            CallableDeclaration<?> method = component.members().get(0);
            S summary = domain.compute(method);
            solved.putIfAbsent(method, summary);
            return;
        }
        List<CallableDeclaration<?>> members = component.members();
        Map<CallableDeclaration<?>, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < members.size(); i++) {
            position.put(members.get(i), i);
        }
        // which members call which, to walk again only the callers of a member whose facts changed
        List<List<Integer>> callers = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            callers.add(new ArrayList<>());
        }
        for (CallableDeclaration<?> member : members) {
            for (CallableDeclaration<?> callee : components.callees(member)) {
                Integer at = position.get(callee);
                if (at != null) {
                    callers.get(at).add(position.get(member));
                }
            }
        }
        Solving<S> state = new Solving<>();
        for (CallableDeclaration<?> member : members) {
            state.current.put(member, domain.bottom());
        }
        int[] walks = new int[members.size()];
        TreeSet<Integer> pending = new TreeSet<>();
        for (int i = 0; i < members.size(); i++) {
            pending.add(i);
        }
        boolean settled = true;
        solving.get().push(state);
        try {
            while (!pending.isEmpty()) {
                int i = pending.pollFirst();
                if (walks[i]++ >= MAX_ROUNDS) {
                    settled = false;
                    continue;
                }
                CallableDeclaration<?> member = members.get(i);
                S previous = state.current.get(member);
                S next = domain.compute(member);
                state.current.put(member, next);
                if (!domain.facts(previous).equals(domain.facts(next))) {
                    pending.addAll(callers.get(i));
                }
            }
        } finally {
            solving.get().pop();
        }
        if (!settled) {
            unconverged.incrementAndGet();
        }
        for (CallableDeclaration<?> member : members) {
            solved.putIfAbsent(member, state.current.get(member));
        }
    }

    private static final class Solving<S> {
        final Map<CallableDeclaration<?>, S> current = new IdentityHashMap<>();
    }
}

package io.github.raceguard.context;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strongly connected components of the call graph between source methods with a body (a
 * recursion cycle is one component), found by Tarjan's algorithm on demand from the method asked
 * for. Components are a property of the graph, so they are the same whichever method is asked
 * first; the summary engine solves one component at a time, callees' components first.
 * Shared by every analysis built on {@code flow.SummaryEngine} ({@link CallGraph#components()}).
 */
public final class CallComponents {

    /** One component: its methods in a canonical order (file, line, column), and which of them call which. */
    public static final class Component {
        final List<CallableDeclaration<?>> members;
        final boolean cyclic;

        Component(List<CallableDeclaration<?>> members, boolean cyclic) {
            this.members = members;
            this.cyclic = cyclic;
        }

        public List<CallableDeclaration<?>> members() {
            return members;
        }

        /** More than one method, or one that calls itself: its summaries need a fixed point. */
        public boolean cyclic() {
            return cyclic;
        }
    }

    private static final Comparator<CallableDeclaration<?>> CANONICAL = Comparator
            .comparing((CallableDeclaration<?> m) -> m.findCompilationUnit().flatMap(CompilationUnit::getStorage)
                    .map(s -> s.getPath().toString()).orElse(""))
            .thenComparingInt(m -> m.getBegin().map(p -> p.line).orElse(0))
            .thenComparingInt(m -> m.getBegin().map(p -> p.column).orElse(0))
            .thenComparing(m -> m.getNameAsString());

    private final CallGraph callGraph;
    private final Map<CallableDeclaration<?>, List<CallableDeclaration<?>>> callees = new IdentityHashMap<>();
    private final Map<CallableDeclaration<?>, Component> components = new IdentityHashMap<>();

    public CallComponents(CallGraph callGraph) {
        this.callGraph = callGraph;
    }

    /** The component of {@code method}; computed (with every component below it) on first request. */
    public synchronized Component of(CallableDeclaration<?> method) {
        Component known = components.get(method);
        if (known == null) {
            tarjan(method);
            known = components.get(method);
        }
        return known;
    }

    /**
     * The source methods with a body that {@code method} calls (in lambdas and local classes too),
     * and the listeners its {@code publishEvent} calls run ({@link CallGraph#listeners}).
     */
    public synchronized List<CallableDeclaration<?>> callees(CallableDeclaration<?> method) {
        List<CallableDeclaration<?>> known = callees.get(method);
        if (known == null) {
            Set<CallableDeclaration<?>> found = Collections.newSetFromMap(new IdentityHashMap<>());
            List<CallableDeclaration<?>> ordered = new ArrayList<>();
            for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
                callGraph.callee(call).filter(c -> c.getBody().isPresent()).ifPresent(c -> {
                    if (found.add(c)) {
                        ordered.add(c);
                    }
                });
                for (MethodDeclaration listener : callGraph.listeners(call)) {
                    if (found.add(listener)) {
                        ordered.add(listener);
                    }
                }
            }
            known = List.copyOf(ordered);
            callees.put(method, known);
        }
        return known;
    }

    /** Iterative Tarjan from {@code root} over methods not yet in a component. */
    private void tarjan(CallableDeclaration<?> root) {
        Map<CallableDeclaration<?>, int[]> index = new IdentityHashMap<>(); // {index, lowlink}
        Set<CallableDeclaration<?>> onStack = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<CallableDeclaration<?>> stack = new ArrayDeque<>();
        Deque<Frame> work = new ArrayDeque<>();
        int[] counter = {0};
        work.push(enter(root, index, onStack, stack, counter));
        while (!work.isEmpty()) {
            Frame frame = work.peek();
            if (frame.next < frame.callees.size()) {
                CallableDeclaration<?> callee = frame.callees.get(frame.next++);
                if (components.containsKey(callee)) {
                    continue;
                }
                int[] calleeIndex = index.get(callee);
                if (calleeIndex == null) {
                    work.push(enter(callee, index, onStack, stack, counter));
                } else if (onStack.contains(callee)) {
                    int[] own = index.get(frame.method);
                    own[1] = Math.min(own[1], calleeIndex[0]);
                }
                continue;
            }
            work.pop();
            int[] own = index.get(frame.method);
            if (!work.isEmpty()) {
                int[] parent = index.get(work.peek().method);
                parent[1] = Math.min(parent[1], own[1]);
            }
            if (own[1] == own[0]) {
                Set<CallableDeclaration<?>> members = new LinkedHashSet<>();
                CallableDeclaration<?> popped;
                do {
                    popped = stack.pop();
                    onStack.remove(popped);
                    members.add(popped);
                } while (popped != frame.method);
                List<CallableDeclaration<?>> sorted = new ArrayList<>(members);
                sorted.sort(CANONICAL);
                boolean cyclic = sorted.size() > 1 || calls(frame.callees, frame.method);
                Component component = new Component(List.copyOf(sorted), cyclic);
                for (CallableDeclaration<?> member : sorted) {
                    components.put(member, component);
                }
            }
        }
    }

    private Frame enter(CallableDeclaration<?> method, Map<CallableDeclaration<?>, int[]> index,
                        Set<CallableDeclaration<?>> onStack, Deque<CallableDeclaration<?>> stack, int[] counter) {
        index.put(method, new int[] {counter[0], counter[0]});
        counter[0]++;
        stack.push(method);
        onStack.add(method);
        return new Frame(method, callees(method));
    }

    private static final class Frame {
        final CallableDeclaration<?> method;
        final List<CallableDeclaration<?>> callees;
        int next;

        Frame(CallableDeclaration<?> method, List<CallableDeclaration<?>> callees) {
            this.method = method;
            this.callees = callees;
        }
    }

    /** Whether {@code callee} is among the methods {@code method} calls directly (identity). */
    private static boolean calls(List<CallableDeclaration<?>> callees, CallableDeclaration<?> callee) {
        for (CallableDeclaration<?> c : callees) {
            if (c == callee) {
                return true;
            }
        }
        return false;
    }
}

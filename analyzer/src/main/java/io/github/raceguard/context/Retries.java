package io.github.raceguard.context;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeRef;
import io.github.raceguard.types.TypeResolver;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where code is retried, and what one attempt runs:
 * <ul>
 *   <li>Spring Retry's {@code @Retryable} (and Spring Framework 7's) and Resilience4j's
 *       {@code @Retry}, on the method or its class (public methods; {@code maxAttempts = 1} is no
 *       retry): an attempt is one call of the method through the proxy;</li>
 *   <li>{@code RetryTemplate.execute(callback)}, Resilience4j's {@code retry.executeSupplier(..)}
 *       and {@code Retry.decorateSupplier(retry, ..)}: an attempt is one run of the callback;</li>
 *   <li>hand-written retry loops: a {@code for}/{@code while}/{@code do} loop (not a for-each,
 *       not one that walks an iterator, a reader or a queue, not one that indexes with its
 *       counter) whose body has a {@code try} that leaves the loop on success
 *       ({@code return}, {@code break}, or setting the flag the loop condition tests) and a
 *       {@code catch} that goes round again (it does not always throw, return or break): an
 *       attempt is one run of that {@code try} block.</li>
 * </ul>
 */
public final class Retries {

    public enum Mechanism { ANNOTATION, TEMPLATE, LOOP }

    /**
     * One retried piece of code.
     *
     * @param construct   the annotation, the {@code execute} call, or the loop statement
     * @param body        what one attempt runs: the method, the callback, the loop's {@code try} block
     * @param description {@code @Retryable}, {@code RetryTemplate.execute}, {@code a retry loop}
     */
    public record Scope(Mechanism mechanism, Node construct, Node body, String description) {
        /** True when {@code node} runs inside one attempt. */
        public boolean covers(Node node) {
            return mechanism == Mechanism.ANNOTATION || body == node || body.isAncestorOf(node);
        }
    }

    public static final Set<String> RETRYABLE = Set.of("org.springframework.retry.annotation.Retryable",
            "org.springframework.resilience.annotation.Retryable");
    public static final Set<String> RESILIENCE4J_RETRY = Set.of("io.github.resilience4j.retry.annotation.Retry");
    private static final Set<String> RETRY_TEMPLATES = Set.of("RetryTemplate", "RetryOperations");
    private static final Set<String> TEMPLATE_OPERATIONS = Set.of("execute", "invoke");
    private static final Set<String> RESILIENCE4J_EXECUTE = Set.of("executeSupplier", "executeRunnable", "executeCallable",
            "executeCheckedSupplier", "executeCheckedRunnable", "executeCompletionStage");
    private static final Set<String> RESILIENCE4J_TYPE = Set.of("io.github.resilience4j.retry.Retry");
    private static final Set<String> ITERATION_CALLS = Set.of("hasNext", "hasMoreElements", "hasMoreTokens", "next", "nextLine",
            "readLine", "read", "poll", "take", "isEmpty", "size", "hasRemaining", "remaining", "peek", "available");
    private static final Set<String> INDEXING_CALLS = Set.of("get", "charAt", "subList", "remove", "set", "getJSONObject");

    private final TypeResolver resolver;

    public Retries(TypeResolver resolver) {
        this.resolver = resolver;
    }

    /** The retried scopes in {@code method}, in source order. */
    public List<Scope> scopes(CallableDeclaration<?> method) {
        List<Scope> scopes = new ArrayList<>();
        annotation(method).ifPresent(scopes::add);
        Optional<BlockStmt> body = method instanceof MethodDeclaration m ? m.getBody()
                : method.isConstructorDeclaration() ? Optional.of(method.asConstructorDeclaration().getBody()) : Optional.empty();
        if (body.isEmpty()) {
            return scopes;
        }
        for (MethodCallExpr call : body.get().findAll(MethodCallExpr.class, Retries::mayRetry)) {
            if (ownCode(call, method)) {
                template(call).ifPresent(scopes::add);
            }
        }
        for (Statement loop : body.get().findAll(Statement.class, s -> s instanceof ForStmt || s instanceof WhileStmt || s instanceof DoStmt)) {
            if (ownCode(loop, method)) {
                retryLoop(loop).ifPresent(scopes::add);
            }
        }
        scopes.sort(Comparator.comparing((Scope s) -> s.construct().getBegin().map(p -> p.line).orElse(0))
                .thenComparing(s -> s.construct().getBegin().map(p -> p.column).orElse(0)));
        return scopes;
    }

    /** Code of {@code method} itself, not of a local or anonymous class inside it. */
    private static boolean ownCode(Node node, CallableDeclaration<?> method) {
        return node.findAncestor(CallableDeclaration.class).map(c -> c == method).orElse(false);
    }

    /** Only these calls can run a retry callback: other calls need no type resolution. */
    private static boolean mayRetry(MethodCallExpr call) {
        String name = call.getNameAsString();
        return !call.getArguments().isEmpty()
                && (TEMPLATE_OPERATIONS.contains(name) || RESILIENCE4J_EXECUTE.contains(name) || name.startsWith("decorate"));
    }

    private static boolean namedRetry(com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> node) {
        return node.getAnnotations().stream().map(a -> a.getName().getIdentifier()).anyMatch(n -> n.equals("Retryable") || n.equals("Retry"));
    }

    private Optional<Scope> annotation(CallableDeclaration<?> method) {
        if (!(method instanceof MethodDeclaration declared) || declared.isPrivate() || declared.isStatic()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (!namedRetry(declared) && !(declared.isPublic() && owner.map(Retries::namedRetry).orElse(false))) {
            return Optional.empty();
        }
        for (Set<String> kind : List.of(RETRYABLE, RESILIENCE4J_RETRY)) {
            Optional<AnnotationExpr> annotation = Names.annotation(declared, kind);
            if (annotation.isEmpty() && declared.isPublic()) {
                annotation = owner.flatMap(t -> Names.annotation(t, kind));
            }
            if (annotation.isPresent() && !singleAttempt(annotation.get())) {
                String name = "@" + Names.simpleName(annotation.get().getNameAsString());
                return Optional.of(new Scope(Mechanism.ANNOTATION, annotation.get(), method, name));
            }
        }
        return Optional.empty();
    }

    private static boolean singleAttempt(AnnotationExpr annotation) {
        return AnnotationValues.attribute(annotation, "maxAttempts").map(e -> e.toString().equals("1")).orElse(false)
                || AnnotationValues.attribute(annotation, "maxRetries").map(e -> e.toString().equals("0")).orElse(false);
    }

    private Optional<Scope> template(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty() || call.getArguments().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        if (TEMPLATE_OPERATIONS.contains(name) && isCallback(call.getArgument(0))
                && receiverSimpleName(scope).filter(RETRY_TEMPLATES::contains).isPresent()) {
            return Optional.of(new Scope(Mechanism.TEMPLATE, call, call.getArgument(0), receiverSimpleName(scope).get() + "." + name));
        }
        if (RESILIENCE4J_EXECUTE.contains(name) && isCallback(call.getArgument(0))
                && receiverSimpleName(scope).filter("Retry"::equals).isPresent()) {
            return Optional.of(new Scope(Mechanism.TEMPLATE, call, call.getArgument(0), "Resilience4j Retry." + name));
        }
        if (name.startsWith("decorate") && call.getArguments().size() == 2 && isCallback(call.getArgument(1))
                && scope instanceof NameExpr type && type.getNameAsString().equals("Retry")
                && Names.refersTo("Retry", call, RESILIENCE4J_TYPE)) {
            return Optional.of(new Scope(Mechanism.TEMPLATE, call, call.getArgument(1), "Resilience4j Retry." + name));
        }
        return Optional.empty();
    }

    private static boolean isCallback(Expression e) {
        return e instanceof LambdaExpr || e.isMethodReferenceExpr();
    }

    private Optional<String> receiverSimpleName(Expression scope) {
        if (scope instanceof NameExpr || scope.isFieldAccessExpr()) {
            return resolver.declaredTypeOf(scope).map(TypeRef::simpleName);
        }
        return Optional.empty();
    }

    // ---- hand-written loops

    private Optional<Scope> retryLoop(Statement loop) {
        Statement body;
        Expression condition;
        if (loop instanceof ForStmt f) {
            body = f.getBody();
            condition = f.getCompare().orElse(null);
        } else if (loop instanceof WhileStmt w) {
            body = w.getBody();
            condition = w.getCondition();
        } else {
            body = ((DoStmt) loop).getBody();
            condition = ((DoStmt) loop).getCondition();
        }
        if (condition != null && (iterates(condition) || walksData(body, condition))) {
            return Optional.empty();
        }
        for (TryStmt attempt : body.findAll(TryStmt.class)) {
            if (enclosingLoop(attempt) != loop || !goesRoundAgain(attempt, loop)) {
                continue;
            }
            if (!leavesOnSuccess(attempt.getTryBlock(), loop, condition)) {
                continue;
            }
            if (loop instanceof ForStmt f && indexesWithCounter(f, attempt.getTryBlock())) {
                continue;
            }
            return Optional.of(new Scope(Mechanism.LOOP, loop, attempt.getTryBlock(), "a retry loop"));
        }
        return Optional.empty();
    }

    /** A loop over data: an iterator, a reader, a queue, or an assignment in the condition. */
    private static boolean iterates(Expression condition) {
        return condition.findFirst(AssignExpr.class).isPresent()
                || condition.findFirst(MethodCallExpr.class, c -> ITERATION_CALLS.contains(c.getNameAsString())).isPresent();
    }

    /**
     * A variable the loop condition tests moves along data inside the loop
     * ({@code type = type.getSuperclass()}, {@code node = node.next}): a search, not a retry.
     * Counters ({@code attempts++}, {@code tries = tries + 1}) and flags do not count.
     */
    private static boolean walksData(Statement body, Expression condition) {
        Set<String> tested = new java.util.HashSet<>();
        condition.findAll(NameExpr.class).forEach(n -> tested.add(n.getNameAsString()));
        for (AssignExpr assign : body.findAll(AssignExpr.class)) {
            if (assign.getOperator() == AssignExpr.Operator.ASSIGN && assign.getTarget() instanceof NameExpr target
                    && tested.contains(target.getNameAsString())) {
                String variable = target.getNameAsString();
                boolean derived = assign.getValue().findFirst(MethodCallExpr.class, c -> c.getScope().filter(sc -> sc instanceof NameExpr n
                        && n.getNameAsString().equals(variable)).isPresent()).isPresent()
                        || assign.getValue().findFirst(com.github.javaparser.ast.expr.FieldAccessExpr.class, f -> f.getScope() instanceof NameExpr n
                        && n.getNameAsString().equals(variable)).isPresent();
                if (derived) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The counter of a {@code for} loop used as an index inside the attempt: a loop over elements. */
    private static boolean indexesWithCounter(ForStmt loop, BlockStmt attempt) {
        List<String> counters = new ArrayList<>();
        for (Expression init : loop.getInitialization()) {
            if (init instanceof VariableDeclarationExpr declaration) {
                declaration.getVariables().forEach(v -> counters.add(v.getNameAsString()));
            }
        }
        for (String counter : counters) {
            boolean indexed = attempt.findFirst(ArrayAccessExpr.class, a -> a.getIndex().toString().equals(counter)).isPresent()
                    || attempt.findFirst(MethodCallExpr.class, c -> INDEXING_CALLS.contains(c.getNameAsString())
                    && c.getArguments().size() >= 1 && c.getArgument(0).toString().equals(counter)).isPresent();
            if (indexed) {
                return true;
            }
        }
        return false;
    }

    private static Node enclosingLoop(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof ForStmt || n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForEachStmt) {
                return n;
            }
            if (n instanceof LambdaExpr || n instanceof CallableDeclaration || n instanceof TypeDeclaration) {
                return null;
            }
        }
        return null;
    }

    /** Some catch clause lets the loop run again: it does not always leave by throw, return or break. */
    private static boolean goesRoundAgain(TryStmt attempt, Statement loop) {
        for (CatchClause clause : attempt.getCatchClauses()) {
            List<Statement> statements = clause.getBody().getStatements();
            if (statements.isEmpty()) {
                return true;
            }
            Statement last = statements.get(statements.size() - 1);
            if (last instanceof ContinueStmt || !(last instanceof ThrowStmt || last instanceof ReturnStmt || last instanceof BreakStmt)) {
                return true;
            }
        }
        return false;
    }

    /** The attempt leaves the loop when it succeeds: return, break out of it, or set what the loop condition tests. */
    private static boolean leavesOnSuccess(BlockStmt attempt, Statement loop, Expression condition) {
        boolean exits = attempt.findFirst(Statement.class, s -> (s instanceof ReturnStmt || s instanceof BreakStmt breakStmt && breaksOut(breakStmt, loop))
                && !insideNestedFunction(s, attempt)).isPresent();
        if (exits) {
            return true;
        }
        if (condition == null) {
            return false;
        }
        List<String> tested = condition.findAll(NameExpr.class).stream().map(NameExpr::getNameAsString).toList();
        for (ExpressionStmt statement : attempt.findAll(ExpressionStmt.class)) {
            if (statement.getExpression() instanceof AssignExpr assign && assign.getTarget() instanceof NameExpr target
                    && tested.contains(target.getNameAsString()) && !insideNestedFunction(statement, attempt)) {
                return true;
            }
        }
        return false;
    }

    private static boolean breaksOut(BreakStmt breakStmt, Statement loop) {
        if (breakStmt.getLabel().isPresent()) {
            return true;
        }
        for (Node n = breakStmt.getParentNode().orElse(null); n != null && n != loop; n = n.getParentNode().orElse(null)) {
            if (n instanceof ForStmt || n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForEachStmt
                    || n instanceof SwitchStmt || n instanceof SwitchExpr) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideNestedFunction(Node node, Node within) {
        for (Node n = node.getParentNode().orElse(null); n != null && n != within; n = n.getParentNode().orElse(null)) {
            if (n instanceof LambdaExpr || n instanceof LocalClassDeclarationStmt || n instanceof TypeDeclaration) {
                return true;
            }
        }
        return false;
    }
}

package io.github.raceguard.datalayer;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Plain JDBC ({@code java.sql}): {@code Statement.executeQuery(sql)} / {@code executeUpdate(sql)}
 * and {@code PreparedStatement.executeQuery()} / {@code executeUpdate()} whose SQL is the one
 * given to {@code connection.prepareStatement(sql)} (a literal, a concatenation or a
 * {@code static final} constant) where the statement variable was declared or last assigned.
 * A query returns a {@code ResultSet} whose {@code getX(..)} values are values read; an
 * {@code UPDATE} writes the values bound with {@code ps.setX(i, v)} to the placeholders of its
 * {@code SET} clause (those of the {@code WHERE} clause are conditions).
 */
final class PlainJdbc {

    static final Set<String> STATEMENTS = Set.of("java.sql.Statement", "java.sql.PreparedStatement", "java.sql.CallableStatement");
    static final Set<String> OPERATIONS = Set.of("executeQuery", "executeUpdate", "executeLargeUpdate", "execute");
    private static final Set<String> PREPARE = Set.of("prepareStatement", "prepareCall");

    /** What one statement call runs: {@code query} true for a {@code SELECT} whose rows are read. */
    record Run(String text, boolean query) {
    }

    private final SqlConstants sql;

    PlainJdbc(SqlConstants sql) {
        this.sql = sql;
    }

    /** The SQL {@code call} (an execute* on a Statement / PreparedStatement) runs, if it can be told. */
    Optional<Run> statement(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (!OPERATIONS.contains(name)) {
            return Optional.empty();
        }
        String text = call.getArguments().isEmpty() ? prepared(call).map(p -> sql.text(p.getArgument(0))).orElse(null)
                : sql.text(call.getArgument(0));
        if (text == null) {
            return Optional.empty();
        }
        boolean select = text.trim().toLowerCase(Locale.ROOT).startsWith("select") || text.trim().toLowerCase(Locale.ROOT).startsWith("with");
        if (name.equals("executeQuery") || name.equals("execute") && select) {
            return select ? Optional.of(new Run(text, true)) : Optional.empty();
        }
        return select ? Optional.empty() : Optional.of(new Run(text, false));
    }

    /**
     * The values an {@code UPDATE} through a PreparedStatement writes: the arguments of
     * {@code ps.setX(i, v)} on the same statement, between its preparation and the call, bound to
     * a placeholder of the {@code SET} clause.
     */
    List<Expression> boundValues(MethodCallExpr call, String text) {
        if (!call.getArguments().isEmpty() || call.getScope().isEmpty() || !(call.getScope().get() instanceof NameExpr variable)) {
            return List.of();
        }
        Optional<MethodCallExpr> prepared = prepared(call);
        Optional<CallableDeclaration<?>> method = enclosing(call);
        if (prepared.isEmpty() || method.isEmpty()) {
            return List.of();
        }
        int setPlaceholders = setPlaceholders(text);
        // a statement run again binds anew: only what was bound since its previous execution counts
        Node from = prepared.get();
        for (MethodCallExpr earlier : method.get().findAll(MethodCallExpr.class)) {
            if (OPERATIONS.contains(earlier.getNameAsString()) && earlier != call && before(from, earlier) && before(earlier, call)
                    && earlier.getScope().orElse(null) instanceof NameExpr on && on.getNameAsString().equals(variable.getNameAsString())) {
                from = earlier;
            }
        }
        List<Expression> values = new ArrayList<>();
        for (MethodCallExpr bind : method.get().findAll(MethodCallExpr.class)) {
            if (bind.getArguments().size() < 2 || !bind.getNameAsString().startsWith("set") || !before(from, bind) || !before(bind, call)
                    || !(bind.getScope().orElse(null) instanceof NameExpr on) || !on.getNameAsString().equals(variable.getNameAsString())) {
                continue;
            }
            Expression index = bind.getArgument(0);
            boolean inSet = index instanceof IntegerLiteralExpr literal ? literalValue(literal) <= setPlaceholders : setPlaceholders == Integer.MAX_VALUE;
            if (inSet) {
                values.add(bind.getArgument(1));
            }
        }
        return values;
    }

    /** The number of {@code ?} before the WHERE clause; every one when there is none. */
    private static int setPlaceholders(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int where = lower.indexOf(" where ");
        if (where < 0) {
            where = lower.indexOf("\nwhere ");
        }
        if (where < 0) {
            return Integer.MAX_VALUE;
        }
        return (int) lower.substring(0, where).chars().filter(c -> c == '?').count();
    }

    private static int literalValue(IntegerLiteralExpr literal) {
        try {
            return literal.asNumber().intValue();
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The {@code connection.prepareStatement(sql)} the receiver of {@code call} was last declared or assigned with. */
    private Optional<MethodCallExpr> prepared(MethodCallExpr call) {
        if (call.getScope().isEmpty() || !(call.getScope().get() instanceof NameExpr variable)) {
            return Optional.empty();
        }
        Optional<CallableDeclaration<?>> method = enclosing(call);
        if (method.isEmpty()) {
            return Optional.empty();
        }
        String name = variable.getNameAsString();
        MethodCallExpr found = null;
        List<Node> candidates = new ArrayList<>();
        for (VariableDeclarator v : method.get().findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
                candidates.add(v.getInitializer().get());
            }
        }
        for (AssignExpr assign : method.get().findAll(AssignExpr.class)) {
            if (assign.getTarget() instanceof NameExpr target && target.getNameAsString().equals(name)) {
                candidates.add(assign.getValue());
            }
        }
        for (Node candidate : candidates) {
            if (candidate instanceof MethodCallExpr prepare && PREPARE.contains(prepare.getNameAsString()) && !prepare.getArguments().isEmpty()
                    && before(prepare, call) && (found == null || before(found, prepare))) {
                found = prepare;
            }
        }
        return Optional.ofNullable(found);
    }

    private static Optional<CallableDeclaration<?>> enclosing(Node node) {
        return node.findAncestor(CallableDeclaration.class).map(m -> (CallableDeclaration<?>) m);
    }

    private static boolean before(Node a, Node b) {
        return a.getBegin().isPresent() && b.getBegin().isPresent() && a.getBegin().get().isBefore(b.getBegin().get());
    }
}

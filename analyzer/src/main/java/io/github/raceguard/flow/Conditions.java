package io.github.raceguard.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The conditions that decide whether a statement runs, within its method: enclosing
 * {@code if} / {@code ?:} / loop conditions, and the conditions of earlier {@code if}s whose
 * branch leaves the block ({@code if (v != null) return v;}). What check-then-act and lazy
 * initialization are made of.
 */
public final class Conditions {
    private Conditions() {
    }

    /**
     * A condition that controls a node.
     *
     * @param condition the expression tested
     * @param holds     true when the node runs only if the condition is true, false when only if it is false
     */
    public record Control(Expression condition, boolean holds) {
    }

    /** The conditions controlling {@code node}, innermost first, up to its method. */
    public static List<Control> controlling(Node node) {
        List<Control> controls = new ArrayList<>();
        Node child = node;
        for (Node n = node.getParentNode().orElse(null); n != null && !(n instanceof CallableDeclaration<?>);
             child = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof IfStmt ifStmt && child != ifStmt.getCondition()) {
                controls.add(new Control(ifStmt.getCondition(), child == ifStmt.getThenStmt()));
            } else if (n instanceof ConditionalExpr conditional && child != conditional.getCondition()) {
                controls.add(new Control(conditional.getCondition(), child == conditional.getThenExpr()));
            } else if (n instanceof WhileStmt loop && child == loop.getBody()) {
                controls.add(new Control(loop.getCondition(), true));
            } else if (n instanceof DoStmt loop && child == loop.getBody()) {
                controls.add(new Control(loop.getCondition(), true));
            } else if (n instanceof ForStmt loop && child == loop.getBody() && loop.getCompare().isPresent()) {
                controls.add(new Control(loop.getCompare().get(), true));
            } else if (n instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND && child == and.getRight()) {
                controls.add(new Control(and.getLeft(), true));
            } else if (n instanceof BlockStmt block) {
                int at = indexOf(block.getStatements(), child);
                for (int i = at - 1; i >= 0; i--) {
                    if (block.getStatement(i) instanceof IfStmt earlier) {
                        boolean thenExits = exits(earlier.getThenStmt());
                        boolean elseExits = earlier.getElseStmt().map(Conditions::exits).orElse(false);
                        if (thenExits != elseExits) {
                            controls.add(new Control(earlier.getCondition(), elseExits));
                        }
                    }
                }
            }
        }
        return controls;
    }

    /** The position of {@code node} in {@code nodes} by identity (JavaParser's equals is structural). */
    public static int indexOf(List<? extends Node> nodes, Node node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    /** True when control never continues after {@code statement}. */
    public static boolean exits(Statement statement) {
        if (statement instanceof ReturnStmt || statement instanceof ThrowStmt || statement instanceof BreakStmt
                || statement instanceof ContinueStmt) {
            return true;
        }
        if (statement instanceof BlockStmt block) {
            return !block.getStatements().isEmpty() && exits(block.getStatements().getLast().orElseThrow());
        }
        if (statement instanceof IfStmt ifStmt) {
            return ifStmt.getElseStmt().isPresent() && exits(ifStmt.getThenStmt()) && exits(ifStmt.getElseStmt().get());
        }
        return false;
    }

    /**
     * True when {@code condition} having the truth value {@code holds} implies that the
     * expression {@code target} accepts is null: {@code x == null} (alone or in a conjunction)
     * holding, or {@code x != null} (alone or in a disjunction) failing.
     */
    public static boolean impliesNull(Expression condition, boolean holds, Predicate<Expression> target) {
        Expression c = strip(condition);
        if (c instanceof UnaryExpr not && not.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
            return impliesNull(not.getExpression(), !holds, target);
        }
        if (c instanceof BinaryExpr binary) {
            BinaryExpr.Operator op = binary.getOperator();
            if (op == (holds ? BinaryExpr.Operator.AND : BinaryExpr.Operator.OR)) {
                return impliesNull(binary.getLeft(), holds, target) || impliesNull(binary.getRight(), holds, target);
            }
            if (op == (holds ? BinaryExpr.Operator.EQUALS : BinaryExpr.Operator.NOT_EQUALS)) {
                return comparesWithNull(binary, target);
            }
        }
        if (c instanceof MethodCallExpr call && call.getArguments().size() == 1
                && call.getScope().map(s -> s.toString().equals("Objects")).orElse(false)
                && call.getNameAsString().equals(holds ? "isNull" : "nonNull")) {
            return target.test(strip(call.getArgument(0)));
        }
        return false;
    }

    private static boolean comparesWithNull(BinaryExpr binary, Predicate<Expression> target) {
        Expression left = strip(binary.getLeft());
        Expression right = strip(binary.getRight());
        return left instanceof NullLiteralExpr && target.test(right) || right instanceof NullLiteralExpr && target.test(left);
    }

    private static Expression strip(Expression e) {
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }
}

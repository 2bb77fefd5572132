package io.github.raceguard.types;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.Optional;

/**
 * Static types of expressions, from the declarations in scope and the {@link TypeIndex} — no
 * symbol solver for the common cases (fields, parameters, locals, {@code this.x}). Only what the
 * index cannot tell (a call chain into a library) goes to the {@link SymbolSolverFallback}.
 */
public final class TypeResolver {

    private final TypeIndex types;
    private final SymbolSolverFallback solver;

    public TypeResolver(TypeIndex types, SymbolSolverFallback solver) {
        this.types = types;
        this.solver = solver;
    }

    public TypeIndex types() {
        return types;
    }

    public Optional<TypeRef> typeOf(Expression expression) {
        Optional<TypeRef> declared = declaredTypeOf(expression);
        if (declared.isPresent()) {
            return declared;
        }
        Expression e = unwrap(expression);
        if (e instanceof NameExpr name && Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return Optional.empty(); // a type name (static call scope), not a value
        }
        return solver.typeOf(e);
    }

    /** The type as far as declarations in scope and the index tell, without the symbol solver. */
    public Optional<TypeRef> declaredTypeOf(Expression expression) {
        Expression e = unwrap(expression);
        if (e instanceof NameExpr name) {
            Optional<TypeRef> declared = declaredType(name.getNameAsString(), name);
            if (declared.isPresent()) {
                return declared;
            }
        } else if (e instanceof FieldAccessExpr field && field.getScope() instanceof ThisExpr) {
            Optional<TypeRef> declared = fieldType(field.getNameAsString(), field);
            if (declared.isPresent()) {
                return declared;
            }
        } else if (e instanceof ObjectCreationExpr creation) {
            return Optional.of(types.typeRef(creation.getType(), creation));
        } else if (e instanceof CastExpr cast) {
            return Optional.of(types.typeRef(cast.getType(), cast));
        } else if (e instanceof MethodCallExpr call && call.getScope().isEmpty()) {
            Optional<TypeRef> ownReturn = ownMethodReturnType(call);
            if (ownReturn.isPresent()) {
                return ownReturn;
            }
        }
        return Optional.empty();
    }

    /**
     * The declared upper bound of a type variable visible at {@code at}: {@code JpaRepository<T, ID>}
     * for {@code R} in {@code BaseService<T, ID, R extends JpaRepository<T, ID>>}; empty when unbounded.
     */
    public Optional<TypeRef> upperBound(TypeRef variable, Node at) {
        if (!variable.isVariable()) {
            return Optional.empty();
        }
        for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> generic) {
                for (com.github.javaparser.ast.type.TypeParameter parameter : generic.getTypeParameters()) {
                    if (parameter.getNameAsString().equals(variable.name())) {
                        return parameter.getTypeBound().isEmpty() ? Optional.empty()
                                : Optional.of(types.typeRef(parameter.getTypeBound().get(0), parameter));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }

    /** The declared type of the variable {@code name} visible at {@code at}. */
    public Optional<TypeRef> declaredType(String name, Node at) {
        Node child = at;
        for (Node n = at.getParentNode().orElse(null); n != null; child = n, n = n.getParentNode().orElse(null)) {
            Optional<Type> found = Optional.empty();
            if (n instanceof BlockStmt block) {
                found = localBefore(block.getStatements(), child, name);
            } else if (n instanceof LambdaExpr lambda) {
                found = parameter(lambda.getParameters(), name);
            } else if (n instanceof CallableDeclaration<?> callable) {
                found = parameter(callable.getParameters(), name);
            } else if (n instanceof ForEachStmt forEach) {
                found = variable(forEach.getVariable(), name);
            } else if (n instanceof ForStmt forStmt) {
                for (Expression init : forStmt.getInitialization()) {
                    if (init instanceof VariableDeclarationExpr v && found.isEmpty()) {
                        found = variable(v, name);
                    }
                }
            } else if (n instanceof TryStmt tryStmt) {
                for (Expression resource : tryStmt.getResources()) {
                    if (resource instanceof VariableDeclarationExpr v && found.isEmpty()) {
                        found = variable(v, name);
                    }
                }
            } else if (n instanceof CatchClause catchClause && catchClause.getParameter().getNameAsString().equals(name)) {
                found = Optional.of(catchClause.getParameter().getType());
            } else if (n instanceof TypeDeclaration<?>) {
                return fieldType(name, at);
            }
            if (found.isPresent()) {
                Type type = found.get();
                if (type.isVarType()) {
                    return varType(name, n);
                }
                return Optional.of(types.typeRef(type, n));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> varType(String name, Node scope) {
        for (VariableDeclarator v : scope.findAll(VariableDeclarator.class)) {
            if (v.getNameAsString().equals(name) && v.getInitializer().isPresent()) {
                // what the initializer declares; declaredTypeOf never asks the symbol solver
                return declaredTypeOf(v.getInitializer().get());
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> localBefore(NodeList<Statement> statements, Node child, String name) {
        for (Statement statement : statements) {
            if (statement == child) {
                break;
            }
            if (statement.isExpressionStmt() && statement.asExpressionStmt().getExpression() instanceof VariableDeclarationExpr v) {
                Optional<Type> t = variable(v, name);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> variable(VariableDeclarationExpr declaration, String name) {
        for (VariableDeclarator v : declaration.getVariables()) {
            if (v.getNameAsString().equals(name)) {
                return Optional.of(v.getType());
            }
        }
        return Optional.empty();
    }

    private static Optional<Type> parameter(NodeList<Parameter> parameters, String name) {
        for (Parameter p : parameters) {
            if (p.getNameAsString().equals(name) && !p.getType().isUnknownType()) {
                return Optional.of(p.getType());
            }
        }
        return Optional.empty();
    }

    /** The type of field {@code name} of the class around {@code at}, its outer classes or source superclasses. */
    public Optional<TypeRef> fieldType(String name, Node at) {
        for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                Optional<TypeRef> found = fieldOf(type, name, 0);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> fieldOf(TypeDeclaration<?> type, String name, int depth) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return Optional.of(types.typeRef(v.getType(), v));
                }
            }
        }
        if (type instanceof RecordDeclaration record) {
            for (Parameter p : record.getParameters()) {
                if (p.getNameAsString().equals(name)) {
                    return Optional.of(types.typeRef(p.getType(), record));
                }
            }
        }
        if (depth < 10 && type instanceof ClassOrInterfaceDeclaration cls) {
            for (ClassOrInterfaceType extended : cls.getExtendedTypes()) {
                TypeRef superRef = types.typeRef(extended, cls);
                Optional<TypeDeclaration<?>> parent = types.sourceType(superRef.name());
                if (parent.isPresent()) {
                    Optional<TypeRef> found = fieldOf(parent.get(), name, depth + 1);
                    if (found.isPresent()) {
                        // a field of BaseService<E, ID> seen from ProductService extends BaseService<Product, Long>
                        return Optional.of(found.get().substitute(TypeIndex.bindings(parent.get(), superRef.args())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The return type of an unqualified call of a method of the class or (type arguments substituted) a source superclass. */
    private Optional<TypeRef> ownMethodReturnType(MethodCallExpr call) {
        Optional<TypeDeclaration<?>> enclosing = call.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (enclosing.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeRef> own = returnTypeIn(enclosing.get(), call);
        if (own.isPresent()) {
            return own;
        }
        for (TypeIndex.Supertype parent : types.superclasses(enclosing.get())) {
            Optional<TypeRef> inherited = returnTypeIn(parent.declaration(), call);
            if (inherited.isPresent()) {
                return Optional.of(inherited.get().substitute(parent.bindings()));
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRef> returnTypeIn(TypeDeclaration<?> type, MethodCallExpr call) {
        return type.getMethodsByName(call.getNameAsString()).stream()
                .filter(m -> m.getParameters().size() == call.getArguments().size())
                .findFirst()
                .map(m -> types.typeRef(m.getType(), m));
    }
}

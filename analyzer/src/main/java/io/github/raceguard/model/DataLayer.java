package io.github.raceguard.model;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies calls into the data layer — the one place that knows which calls read, write,
 * check existence or update in bulk. Every rule asks here; a new data layer is taught here.
 *
 * <p>Type resolution is only paid for calls whose name could be a data-layer operation.
 */
public final class DataLayer {

    public enum Kind {
        /** Loads entities: {@code findById}, derived finders, {@code getReferenceById}. */
        READ,
        /** Inserts or updates entities it is given: {@code save}, {@code saveAll}, {@code saveAndFlush}. */
        SAVE,
        /** A {@code @Query} UPDATE that sets values passed in ({@code set stock = :stock}). */
        BULK_UPDATE,
        /** A {@code @Query} UPDATE the database computes ({@code set stock = stock - :q}, guarded updates). */
        ATOMIC_UPDATE,
        /** {@code delete*}, {@code remove*}. */
        DELETE,
        /** {@code existsBy*}. */
        EXISTS,
        /** {@code count*}. */
        COUNT,
        /** Any other repository method. */
        OTHER
    }

    /** What a finder returns: the entity itself, an Optional of it, several, or not the entity. */
    public enum ResultShape { SINGLE, OPTIONAL, MANY, UNKNOWN, NOT_ENTITY }

    /**
     * One call into the data layer.
     *
     * @param method the repository method's declaration facts, or null for inherited Spring Data methods
     * @param entity the entity type the repository manages, or null when unknown
     */
    public record Access(Kind kind, String operation, RepositoryInfo repository, RepositoryMethod method,
                         TypeRef entity, ResultShape shape) {

        public boolean isWrite() {
            return kind == Kind.SAVE || kind == Kind.BULK_UPDATE || kind == Kind.ATOMIC_UPDATE || kind == Kind.DELETE;
        }
    }

    private static final Set<String> SAVE_METHODS = Set.of("save", "saveAndFlush", "saveAll", "saveAllAndFlush", "insert");
    private static final Pattern FINDER_SUBJECT = Pattern.compile("(get|read|query|search|stream)\\w*By\\w*");

    private final TypeResolver resolver;
    private final Repositories repositories;

    public DataLayer(TypeResolver resolver, Repositories repositories) {
        this.resolver = resolver;
        this.repositories = repositories;
    }

    public Optional<Access> classify(MethodCallExpr call) {
        String name = call.getNameAsString();
        if (call.getScope().isEmpty() || !mayBeDataLayerCall(name)) {
            return Optional.empty();
        }
        return repositoryOf(call.getScope().get()).map(repository -> access(repository, name));
    }

    /** {@code repository::save} and the like, passed as a callback. */
    public Optional<Access> classify(MethodReferenceExpr reference) {
        String name = reference.getIdentifier();
        if (reference.getScope() instanceof TypeExpr || !mayBeDataLayerCall(name)) {
            return Optional.empty();
        }
        return repositoryOf(reference.getScope()).map(repository -> access(repository, name));
    }

    private Access access(RepositoryInfo repository, String name) {
        RepositoryMethod declared = repository.method(name).orElse(null);
        TypeRef entity = repository.entity();
        if (declared != null && declared.isBulkUpdate()) {
            Kind kind = SqlUpdates.isAtomic(declared.query()) ? Kind.ATOMIC_UPDATE : Kind.BULK_UPDATE;
            return new Access(kind, name, repository, declared, entity, ResultShape.NOT_ENTITY);
        }
        if (SAVE_METHODS.contains(name) && (declared == null || declared.query() == null)) {
            return new Access(Kind.SAVE, name, repository, declared, entity, name.startsWith("saveAll") ? ResultShape.MANY : ResultShape.SINGLE);
        }
        if (name.startsWith("exists")) {
            return new Access(Kind.EXISTS, name, repository, declared, entity, ResultShape.NOT_ENTITY);
        }
        if (name.startsWith("count")) {
            return new Access(Kind.COUNT, name, repository, declared, entity, ResultShape.NOT_ENTITY);
        }
        if (name.startsWith("delete") || name.startsWith("remove")) {
            return new Access(Kind.DELETE, name, repository, declared, entity, ResultShape.NOT_ENTITY);
        }
        if (isFinder(name) || declared != null && declared.query() != null && !declared.modifying()) {
            return new Access(Kind.READ, name, repository, declared, entity, entity == null ? ResultShape.NOT_ENTITY : shapeOf(name, repository));
        }
        return new Access(Kind.OTHER, name, repository, declared, entity, ResultShape.NOT_ENTITY);
    }

    /** Only these names can be data-layer operations: other calls need no type resolution. */
    private boolean mayBeDataLayerCall(String name) {
        return SAVE_METHODS.contains(name) || isFinder(name) || name.startsWith("exists") || name.startsWith("count")
                || name.startsWith("delete") || repositories.isDeclaredMethodName(name);
    }

    /**
     * Spring Data's query-method subjects: {@code find…}, and {@code get/read/query/search/stream…By…};
     * plus the fixed {@code getReferenceById/getById/getOne}.
     */
    private static boolean isFinder(String name) {
        return name.startsWith("find") || FINDER_SUBJECT.matcher(name).matches()
                || name.equals("getReferenceById") || name.equals("getById") || name.equals("getOne");
    }

    /**
     * The repository a call goes to. Names and {@code this.x} may use the symbol solver (an
     * inherited field of a library superclass); call chains only what the sources declare.
     */
    private Optional<RepositoryInfo> repositoryOf(Expression scope) {
        Optional<TypeRef> type = scope instanceof NameExpr || scope instanceof FieldAccessExpr
                ? resolver.typeOf(scope)
                : scope instanceof MethodCallExpr ? resolver.declaredTypeOf(scope) : Optional.empty();
        return type.flatMap(t -> repositories.find(t.name()));
    }

    /** What the finder returns, from its declaration when the source has it, else from its name. */
    private ResultShape shapeOf(String name, RepositoryInfo repository) {
        Optional<MethodDeclaration> declaration = resolver.types().sourceType(repository.name())
                .flatMap(t -> t.getMethodsByName(name).stream().findFirst());
        if (declaration.isPresent()) {
            TypeRef ref = resolver.types().typeRef(declaration.get().getType(), declaration.get());
            String simple = ref.simpleName();
            String entity = repository.entity().simpleName();
            if (ref.isVariable() || simple.equals(entity)) {
                return ResultShape.SINGLE;
            }
            if (!ref.args().isEmpty() && !ref.args().get(0).isVariable() && !ref.args().get(0).simpleName().equals(entity)) {
                return ResultShape.NOT_ENTITY; // a projection or a DTO
            }
            return switch (simple) {
                case "Optional", "Mono", "CompletableFuture" -> ResultShape.OPTIONAL;
                case "List", "Iterable", "Collection", "Set", "Stream", "Page", "Slice", "Flux" -> ResultShape.MANY;
                default -> ref.args().isEmpty() ? ResultShape.NOT_ENTITY : ResultShape.UNKNOWN;
            };
        }
        if (name.startsWith("findAll") || name.startsWith("stream")) {
            return ResultShape.MANY;
        }
        if (name.equals("getReferenceById") || name.equals("getById") || name.equals("getOne")) {
            return ResultShape.SINGLE;
        }
        if (name.equals("findById") || name.equals("findOne")) {
            return ResultShape.OPTIONAL;
        }
        return ResultShape.UNKNOWN;
    }
}

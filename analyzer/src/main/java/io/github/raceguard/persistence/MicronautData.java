package io.github.raceguard.persistence;

import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Micronaut Data persistence model: repository interfaces (annotated {@code @Repository},
 * {@code @JdbcRepository}, {@code @R2dbcRepository} ... and extending {@code GenericRepository},
 * {@code CrudRepository}, {@code PageableRepository}, the JPA {@code JpaRepository} or a reactive /
 * async variant, the entity being the first type argument as in Spring Data), {@code @Query}
 * statements, {@code @Version} and {@code @Id} of {@code @MappedEntity} (JDBC) or JPA entities,
 * unique {@code @Index(columns, unique = true)} keys, and finders ending in {@code ForUpdate}
 * ({@code findByIdForUpdate}), which Micronaut Data JDBC runs as {@code SELECT ... FOR UPDATE}.
 * Its {@code @Query}, {@code @Version} and {@code @Id} sit with the others in {@code Frameworks}.
 * {@link Repositories} and {@link UniqueConstraints} ask here.
 */
public final class MicronautData {
    private MicronautData() {
    }

    /** Micronaut Data base interfaces; the first type argument is the entity. */
    public static final Set<String> REPOSITORY_BASES = Set.of(
            "io.micronaut.data.repository.GenericRepository",
            "io.micronaut.data.repository.CrudRepository",
            "io.micronaut.data.repository.PageableRepository",
            "io.micronaut.data.jpa.repository.JpaRepository",
            "io.micronaut.data.repository.reactive.ReactorCrudRepository",
            "io.micronaut.data.repository.reactive.ReactorPageableRepository",
            "io.micronaut.data.repository.reactive.ReactiveStreamsCrudRepository",
            "io.micronaut.data.repository.reactive.ReactiveStreamsPageableRepository",
            "io.micronaut.data.repository.reactive.RxJavaCrudRepository",
            "io.micronaut.data.repository.async.AsyncCrudRepository",
            "io.micronaut.data.repository.async.AsyncPageableRepository",
            "io.micronaut.data.repository.kotlin.CoroutineCrudRepository",
            "io.micronaut.data.repository.kotlin.CoroutinePageableCrudRepository");
    /** The annotations that make an interface a Micronaut Data repository. */
    public static final Set<String> REPOSITORY_ANNOTATIONS = Set.of("io.micronaut.data.annotation.Repository",
            "io.micronaut.data.jdbc.annotation.JdbcRepository", "io.micronaut.data.r2dbc.annotation.R2dbcRepository",
            "io.micronaut.data.mongodb.annotation.MongoRepository");
    static final Set<String> INDEX = Set.of("io.micronaut.data.annotation.Index");
    static final Set<String> INDEXES = Set.of("io.micronaut.data.annotation.Indexes");

    private static final Pattern FOR_UPDATE_FINDER = Pattern.compile("(find|get|query|read|retrieve|search)\\w*ForUpdate");

    /** A Micronaut Data base interface. */
    public static boolean isRepositoryBase(String fqn) {
        return REPOSITORY_BASES.contains(fqn);
    }

    /** True when the repository {@code fqn} is a Micronaut Data one (its annotation in the sources or the class file). */
    public static boolean isRepository(TypeIndex types, String fqn) {
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isPresent()) {
            return Names.hasAnnotation(source.get(), REPOSITORY_ANNOTATIONS);
        }
        return types.classpath().find(fqn).map(f -> f.annotations().stream().anyMatch(REPOSITORY_ANNOTATIONS::contains)).orElse(false);
    }

    /** The lock a Micronaut Data finder takes by its name: {@code findByIdForUpdate} reads with {@code FOR UPDATE}. */
    static String lockOf(String methodName) {
        return FOR_UPDATE_FINDER.matcher(methodName).matches() ? "PESSIMISTIC_WRITE" : null;
    }

    /** {@code @Index(columns = {..}, unique = true)} on the type, alone or inside {@code @Indexes}: the columns of each unique one. */
    static List<List<String>> uniqueIndexes(TypeDeclaration<?> type) {
        List<AnnotationExpr> indexes = new ArrayList<>();
        Names.annotation(type, INDEX).ifPresent(indexes::add);
        Names.annotation(type, INDEXES).flatMap(a -> AnnotationValues.attribute(a, "value")).ifPresent(value -> {
            for (Expression e : value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value)) {
                if (e instanceof AnnotationExpr a) {
                    indexes.add(a);
                }
            }
        });
        List<List<String>> keys = new ArrayList<>();
        for (AnnotationExpr index : indexes) {
            if (AnnotationValues.bool(index, "unique")) {
                Optional<Expression> columns = AnnotationValues.attribute(index, "columns");
                if (columns.isPresent()) {
                    Expression c = columns.get();
                    keys.add((c instanceof ArrayInitializerExpr array ? array.getValues() : List.of(c)).stream()
                            .map(AnnotationValues::stringValue).toList());
                }
            }
        }
        return keys;
    }
}

package io.github.raceguard.datalayer;

import io.github.raceguard.datalayer.DataLayer.Access;
import io.github.raceguard.datalayer.DataLayer.Kind;
import io.github.raceguard.datalayer.DataLayer.ResultShape;
import io.github.raceguard.persistence.MicronautData;
import io.github.raceguard.persistence.RepositoryInfo;
import io.github.raceguard.persistence.RepositoryMethod;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.expr.MethodCallExpr;

import java.util.Optional;

/**
 * The calls of a Micronaut Data repository that Spring Data has no counterpart for: the
 * generated updates. {@code update(entity)} / {@code updateAll(entities)} write the entity given,
 * like {@code save}; a partial update ({@code update(@Id Long id, int copies)},
 * {@code updateCopies(@Id id, copies)}, {@code updateByIsbn(isbn, copies)}) writes the values it is
 * passed, as a bulk {@code UPDATE}: a value computed in Java from what was read is a lost update,
 * whatever version the entity has (the statement does not check it). Everything else (finders,
 * {@code save}, {@code existsBy*}, {@code countBy*}, {@code deleteBy*}, {@code @Query}) reads as it
 * does for Spring Data. {@link DataLayer} asks here.
 */
final class MicronautRepositories {
    private MicronautRepositories() {
    }

    static Optional<Access> access(TypeIndex types, RepositoryInfo repository, String name, MethodCallExpr call) {
        if (!name.startsWith("update")) {
            return Optional.empty();
        }
        RepositoryMethod declared = repository.method(name).orElse(null);
        if (declared != null && declared.query() != null || !MicronautData.isRepository(types, repository.name())) {
            return Optional.empty();
        }
        String source = Names.simpleName(repository.name());
        if ((name.equals("update") || name.equals("updateAll")) && call.getArguments().size() == 1) {
            return Optional.of(new Access(Kind.SAVE, name, source, repository, declared, repository.entity(), null,
                    name.equals("updateAll") ? ResultShape.MANY : ResultShape.SINGLE, null, null));
        }
        return Optional.of(new Access(Kind.BULK_UPDATE, name, source, repository, declared, repository.entity(), null,
                ResultShape.NOT_ENTITY, null, null));
    }
}

package io.github.raceguard.persistence;


import io.github.raceguard.types.TypeRef;
import java.util.Map;
import java.util.Optional;

/**
 * A Spring Data repository interface.
 *
 * @param name    qualified name
 * @param entity  the managed type (first type argument of the Spring Data base, substituted
 *                along interface inheritance); null when it cannot be told
 * @param methods declared query methods by name (own and inherited from project interfaces)
 */
public record RepositoryInfo(String name, TypeRef entity, Map<String, RepositoryMethod> methods) {

    public Optional<RepositoryMethod> method(String methodName) {
        return Optional.ofNullable(methods.get(methodName));
    }
}

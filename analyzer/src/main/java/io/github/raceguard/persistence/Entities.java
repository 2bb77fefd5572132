package io.github.raceguard.persistence;


import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.raceguard.report.Location;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persistent types and their version attribute, searched through superclasses and
 * {@code @MappedSuperclass}es in the sources and on the classpath.
 */
public final class Entities {

    private final TypeIndex types;
    private final io.github.raceguard.types.Memo<String, EntityInfo> cache = io.github.raceguard.types.Memo.byEquality();

    public Entities(TypeIndex types) {
        this.types = types;
    }

    /**
     * What is known of the entity {@code fqn}. Unknown types (not in sources nor classpath) are
     * reported as a non-versioned JPA entity: a repository's managed type is persistent, and
     * without its source no version can be seen.
     */
    public EntityInfo find(String fqn) {
        return cache.get(fqn, name -> {
            boolean jpa = isJpaEntity(name);
            return new EntityInfo(name, jpa, versionOf(name, new HashSet<>()), true);
        });
    }

    private boolean isJpaEntity(String fqn) {
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isPresent()) {
            return Names.hasAnnotation(source.get(), Frameworks.JPA_ENTITY);
        }
        return types.classpath().find(fqn)
                .map(facts -> facts.annotations().stream().anyMatch(Frameworks.JPA_ENTITY::contains))
                .orElse(true);
    }

    private Location versionOf(String fqn, Set<String> seen) {
        if (fqn == null || !seen.add(fqn)) {
            return null;
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isPresent()) {
            TypeDeclaration<?> type = source.get();
            for (FieldDeclaration field : type.getFields()) {
                if (Names.hasAnnotation(field, Frameworks.VERSION)) {
                    return Locations.of(field, "version attribute of " + type.getNameAsString());
                }
            }
            for (MethodDeclaration getter : type.getMethods()) {
                if (Names.hasAnnotation(getter, Frameworks.VERSION)) {
                    return Locations.of(getter, "version attribute of " + type.getNameAsString());
                }
            }
            if (type instanceof ClassOrInterfaceDeclaration cls && !cls.getExtendedTypes().isEmpty()) {
                String superName = types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls).orElse(null);
                return versionOf(superName, seen);
            }
            return null;
        }
        Optional<ClasspathIndex.ClassFacts> compiled = types.classpath().find(fqn);
        if (compiled.isPresent()) {
            ClasspathIndex.ClassFacts facts = compiled.get();
            boolean versioned = facts.fields().stream().anyMatch(f -> f.has(Frameworks.VERSION))
                    || facts.methods().stream().anyMatch(m -> m.has(Frameworks.VERSION));
            if (versioned) {
                // compiled elsewhere: no source line to point at
                return new Location(java.nio.file.Path.of(fqn.replace('.', '/') + ".class"), 1, 1, 1, 1,
                        "version attribute of " + Names.simpleName(fqn));
            }
            return facts.superclass() == null ? null : versionOf(facts.superclass().name(), seen);
        }
        return null;
    }
}

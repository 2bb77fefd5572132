package io.github.raceguard.persistence;


import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Locations;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import com.github.javaparser.ast.body.VariableDeclarator;
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

    /**
     * A persistent property of {@code entityFqn} as its field declares it (searched up the
     * superclasses in the sources), or empty when the type or the field is not in the sources.
     */
    public Optional<Property> property(String entityFqn, String name) {
        return property(entityFqn, name, new HashSet<>());
    }

    private Optional<Property> property(String fqn, String name, Set<String> seen) {
        if (fqn == null || !seen.add(fqn)) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        TypeDeclaration<?> type = source.get();
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator v : field.getVariables()) {
                if (v.getNameAsString().equals(name) && !field.isStatic()) {
                    return Optional.of(describe(field, v, type));
                }
            }
        }
        if (type instanceof ClassOrInterfaceDeclaration cls && !cls.getExtendedTypes().isEmpty()) {
            return property(types.resolve(cls.getExtendedTypes(0).getNameWithScope(), cls).orElse(null), name, seen);
        }
        return Optional.empty();
    }

    private Property describe(FieldDeclaration field, VariableDeclarator v, TypeDeclaration<?> owner) {
        TypeRef declared = types.typeRef(v.getType(), field);
        boolean collection = COLLECTIONS.contains(Names.simpleName(declared.name())) && !declared.args().isEmpty();
        TypeRef element = collection ? declared.args().get(declared.args().size() - 1) : declared;
        boolean inverse = Names.annotation(field, Frameworks.ONE_TO_MANY).or(() -> Names.annotation(field, Frameworks.MANY_TO_MANY))
                .map(a -> AnnotationValues.string(a, "mappedBy").filter(s -> !s.isBlank()).isPresent())
                .orElse(false);
        return new Property(v.getNameAsString(), element.name(), collection, inverse, isDeclaredEntity(element.name()));
    }

    /** True when {@code fqn} is known to be an {@code @Entity} (in the sources or on the classpath); unknown types are not. */
    public boolean isDeclaredEntity(String fqn) {
        Optional<TypeDeclaration<?>> source = types.sourceType(fqn);
        if (source.isPresent()) {
            return Names.hasAnnotation(source.get(), Frameworks.JPA_ENTITY);
        }
        return types.classpath().find(fqn)
                .map(facts -> facts.annotations().stream().anyMatch(Frameworks.JPA_ENTITY::contains))
                .orElse(false);
    }

    private static final Set<String> COLLECTIONS = Set.of("List", "Set", "Collection", "SortedSet", "Map", "Iterable");

    /**
     * A field of an entity.
     *
     * @param name        the field
     * @param elementType what it holds: its type, or the element type of a collection (qualified when resolved)
     * @param collection  a collection or map of {@code elementType}
     * @param inverse     the inverse side of an association ({@code @OneToMany(mappedBy = ..)}): adding to it inserts a child, it does not change the owner's row
     * @param entity      {@code elementType} is an entity of its own (a child row), not a component of the owner's row
     */
    public record Property(String name, String elementType, boolean collection, boolean inverse, boolean entity) {
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

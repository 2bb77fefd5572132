package io.github.raceguard.persistence;


import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognizes Spring Data repositories, declared in the sources or on the classpath, and finds
 * their entity type through generics and interface inheritance
 * ({@code interface AccountRepository extends BaseRepository<Account>},
 * {@code interface BaseRepository<T> extends JpaRepository<T, Long>}).
 */
public final class Repositories {

    private final TypeIndex types;
    private final Map<String, Optional<RepositoryInfo>> cache = new ConcurrentHashMap<>();

    public Repositories(TypeIndex types) {
        this.types = types;
    }

    private volatile Set<String> queryMethodNames;

    /**
     * True when some interface in the sources declares a {@code @Query} method of that name (a
     * custom update such as {@code decrementStock}): calls with other names that are neither
     * finders nor saves need no type resolution to be ruled out.
     */
    public boolean isDeclaredMethodName(String name) {
        Set<String> names = queryMethodNames;
        if (names == null) {
            Set<String> collected = new HashSet<>();
            for (TypeDeclaration<?> type : types.sourceTypes()) {
                if (type instanceof ClassOrInterfaceDeclaration iface && iface.isInterface()) {
                    for (MethodDeclaration method : iface.getMethods()) {
                        if (Names.hasAnnotation(method, Frameworks.QUERY) || Names.hasAnnotation(method, Frameworks.MODIFYING)) {
                            collected.add(method.getNameAsString());
                        }
                    }
                }
            }
            queryMethodNames = names = Set.copyOf(collected);
        }
        return names.contains(name);
    }

    public Optional<RepositoryInfo> find(String fqn) {
        if (fqn == null) {
            return Optional.empty();
        }
        Optional<RepositoryInfo> known = cache.get(fqn);
        if (known != null) {
            return known;
        }
        Map<String, RepositoryMethod> methods = new LinkedHashMap<>();
        TypeRef entity = entityOf(new TypeRef(fqn, List.of()), methods, new HashSet<>(), true);
        Optional<RepositoryInfo> result = entity == null && !isRepositoryBase(fqn)
                ? Optional.empty()
                : Optional.of(new RepositoryInfo(fqn, entity == null || entity.isVariable() ? null : entity, Map.copyOf(methods)));
        cache.put(fqn, result);
        return result;
    }

    /**
     * The repository a declared type denotes, its entity taken from the type arguments when the
     * interface alone does not tell: {@code JpaRepository<E, ID>} in a generic base service has
     * the entity {@code E} (a type variable its subclasses bind), {@code JpaRepository<Product, Long>}
     * the entity {@code Product}.
     */
    public Optional<RepositoryInfo> find(TypeRef type) {
        Optional<RepositoryInfo> info = find(type.name());
        if (info.isEmpty() || info.get().entity() != null || type.args().isEmpty()) {
            return info;
        }
        TypeRef entity = entityOf(type, new LinkedHashMap<>(), new HashSet<>(), true);
        return entity == null || entity.name().equals("?") ? info
                : Optional.of(new RepositoryInfo(info.get().name(), entity, info.get().methods()));
    }

    private static boolean isRepositoryBase(String fqn) {
        return Frameworks.SPRING_DATA_REPOSITORIES.contains(fqn) || MicronautData.isRepositoryBase(fqn);
    }

    /**
     * The entity argument of the Spring Data base reached from {@code type}, or null when
     * {@code type} is no repository. Collects the query methods declared on the way.
     */
    private TypeRef entityOf(TypeRef type, Map<String, RepositoryMethod> methods, Set<String> seen, boolean first) {
        if (isRepositoryBase(type.name())) {
            return type.args().isEmpty() ? TypeRef.variable("?") : type.args().get(0);
        }
        if (!seen.add(type.name())) {
            return null;
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(type.name());
        if (source.isPresent()) {
            return entityOfSource(source.get(), type, methods, seen);
        }
        Optional<ClasspathIndex.ClassFacts> compiled = types.classpath().find(type.name());
        if (compiled.isPresent()) {
            return entityOfCompiled(compiled.get(), type, methods, seen);
        }
        // Unresolvable supertype (source-only run, missing jar): trust the Spring Data naming.
        if (!first && type.simpleName().endsWith("Repository") && type.args().size() == 2) {
            return type.args().get(0);
        }
        return null;
    }

    private TypeRef entityOfSource(TypeDeclaration<?> declaration, TypeRef type,
                                   Map<String, RepositoryMethod> methods, Set<String> seen) {
        if (!(declaration instanceof ClassOrInterfaceDeclaration iface) || !iface.isInterface()) {
            return null;
        }
        Map<String, TypeRef> bindings = bindings(iface.getTypeParameters().stream().map(p -> p.getNameAsString()).toList(), type.args());
        for (MethodDeclaration method : iface.getMethods()) {
            methods.putIfAbsent(method.getNameAsString(), describe(method));
        }
        Optional<AnnotationExpr> definition = Names.annotation(iface, Frameworks.REPOSITORY_DEFINITION);
        if (definition.isPresent()) {
            Optional<TypeRef> domain = AnnotationValues.attribute(definition.get(), "domainClass")
                    .filter(ClassExpr.class::isInstance)
                    .map(e -> types.typeRef(((ClassExpr) e).getType(), iface));
            if (domain.isPresent()) {
                return domain.get();
            }
        }
        for (ClassOrInterfaceType extended : iface.getExtendedTypes()) {
            TypeRef superRef = types.typeRef(extended, iface).substitute(bindings);
            TypeRef entity = entityOf(superRef, methods, seen, false);
            if (entity != null) {
                return entity;
            }
        }
        return null;
    }

    private TypeRef entityOfCompiled(ClasspathIndex.ClassFacts facts, TypeRef type,
                                     Map<String, RepositoryMethod> methods, Set<String> seen) {
        if (!facts.isInterface()) {
            return null;
        }
        Map<String, TypeRef> bindings = bindings(facts.typeParameters(), type.args());
        for (ClasspathIndex.MemberFacts method : facts.methods()) {
            String lock = method.annotation(Frameworks.LOCK).map(a -> a.get("value")).orElse(null);
            String query = method.annotation(Frameworks.QUERY).map(a -> a.get("value")).orElse(null);
            methods.putIfAbsent(method.name(), new RepositoryMethod(method.name(), lock, query, method.has(Frameworks.MODIFYING)));
        }
        for (TypeRef extended : facts.interfaces()) {
            TypeRef entity = entityOf(extended.substitute(bindings), methods, seen, false);
            if (entity != null) {
                return entity;
            }
        }
        return null;
    }

    private RepositoryMethod describe(MethodDeclaration method) {
        String lock = Names.annotation(method, Frameworks.LOCK)
                .flatMap(a -> AnnotationValues.enumName(a, "value")).orElse(MicronautData.lockOf(method.getNameAsString()));
        String query = Names.annotation(method, Frameworks.QUERY)
                .flatMap(a -> AnnotationValues.string(a, "value")).orElse(null);
        return new RepositoryMethod(method.getNameAsString(), lock, query, Names.hasAnnotation(method, Frameworks.MODIFYING));
    }

    private static Map<String, TypeRef> bindings(List<String> parameters, List<TypeRef> args) {
        Map<String, TypeRef> bindings = new HashMap<>();
        for (int i = 0; i < parameters.size() && i < args.size(); i++) {
            bindings.put(parameters.get(i), args.get(i));
        }
        return bindings;
    }
}

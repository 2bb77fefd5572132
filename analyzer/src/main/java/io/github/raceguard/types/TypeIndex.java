package io.github.raceguard.types;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.raceguard.source.ParsedFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's own type declarations by qualified name, built in one pass over the parsed
 * files, plus name resolution through a file's imports with the classpath as fallback. This is
 * what answers "which type is {@code AccountRepository} here?" without the symbol solver.
 */
public final class TypeIndex {

    private final Map<String, TypeDeclaration<?>> byName = new HashMap<>();
    private final Map<String, List<String>> bySimpleName = new HashMap<>();
    private final ClasspathIndex classpath;

    public TypeIndex(List<ParsedFile> files, ClasspathIndex classpath) {
        this.classpath = classpath;
        // a type declared twice (two modules, a copied class): the first by path wins, whatever the order of the files
        List<ParsedFile> byPath = new ArrayList<>(files);
        byPath.sort(java.util.Comparator.comparing(f -> f.path().toString()));
        for (ParsedFile file : byPath) {
            for (TypeDeclaration<?> type : file.types()) {
                type.getFullyQualifiedName().ifPresent(fqn -> {
                    byName.putIfAbsent(fqn, type);
                    bySimpleName.computeIfAbsent(type.getNameAsString(), k -> new ArrayList<>()).add(fqn);
                });
            }
        }
    }

    public ClasspathIndex classpath() {
        return classpath;
    }

    public Optional<TypeDeclaration<?>> sourceType(String fqn) {
        return Optional.ofNullable(fqn == null ? null : byName.get(fqn));
    }

    public java.util.Collection<TypeDeclaration<?>> sourceTypes() {
        return byName.values();
    }

    /** The qualified name {@code written} refers to in {@code context}'s file, when it can be told. */
    public Optional<String> resolve(String written, Node context) {
        String name = stripTypeArguments(written);
        if (name.contains(".")) {
            String first = name.substring(0, name.indexOf('.'));
            if (Character.isUpperCase(first.charAt(0))) {
                // Outer.Inner: resolve the outer name first
                Optional<String> outer = resolve(first, context);
                if (outer.isPresent()) {
                    return Optional.of(outer.get() + name.substring(first.length()));
                }
            }
            return Optional.of(name);
        }
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> enclosing) {
                Optional<String> fqn = enclosing.getFullyQualifiedName();
                if (fqn.isPresent()) {
                    if (enclosing.getNameAsString().equals(name)) {
                        return fqn;
                    }
                    String member = fqn.get() + "." + name;
                    if (byName.containsKey(member)) {
                        return Optional.of(member);
                    }
                }
            }
        }
        Imports imports = Imports.of(context);
        Optional<String> imported = imports.single(name);
        if (imported.isPresent()) {
            return imported;
        }
        String pkg = imports.packageName();
        String samePackage = pkg.isEmpty() ? name : pkg + "." + name;
        if (exists(samePackage)) {
            return Optional.of(samePackage);
        }
        for (String wildcard : imports.wildcardPackages()) {
            String candidate = wildcard + "." + name;
            if (exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        List<String> sameSimple = bySimpleName.get(name);
        if (sameSimple != null && sameSimple.size() == 1) {
            return Optional.of(sameSimple.get(0));
        }
        return Optional.empty();
    }

    private boolean exists(String fqn) {
        return byName.containsKey(fqn) || classpath.find(fqn).isPresent();
    }

    /** A syntactic type as a {@link TypeRef}, names resolved where possible. */
    public TypeRef typeRef(Type type, Node context) {
        if (type instanceof ClassOrInterfaceType cit) {
            List<TypeRef> args = cit.getTypeArguments()
                    .map(list -> list.stream().map(t -> typeRef(t, context)).toList())
                    .orElse(List.of());
            String written = cit.getNameWithScope();
            if (isTypeVariable(written, context)) {
                return TypeRef.variable(written);
            }
            return new TypeRef(resolve(written, context).orElse(written), args);
        }
        return new TypeRef(type.asString(), List.of());
    }

    /**
     * A source superclass of a type with its type parameters bound as seen from that type:
     * for {@code ProductService extends BaseService<Product, Long>}, {@code BaseService} with
     * {@code E -> Product, ID -> Long}.
     */
    public record Supertype(TypeDeclaration<?> declaration, java.util.Map<String, TypeRef> bindings) {
    }

    /** The chain of source superclasses of {@code type}, nearest first, type arguments substituted along it. */
    public List<Supertype> superclasses(TypeDeclaration<?> type) {
        List<Supertype> chain = new ArrayList<>();
        java.util.Map<String, TypeRef> bindings = java.util.Map.of();
        TypeDeclaration<?> current = type;
        while (chain.size() < 10 && current instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration cls
                && !cls.isInterface() && !cls.getExtendedTypes().isEmpty()) {
            TypeRef extended = typeRef(cls.getExtendedTypes(0), cls).substitute(bindings);
            Optional<TypeDeclaration<?>> parent = sourceType(extended.name());
            if (parent.isEmpty() || parent.get() == type || chain.stream().anyMatch(s -> s.declaration() == parent.get())) {
                break;
            }
            bindings = bindings(parent.get(), extended.args());
            chain.add(new Supertype(parent.get(), bindings));
            current = parent.get();
        }
        return chain;
    }

    /** The type parameters of {@code generic} bound to {@code args} (empty for a raw or non-generic use). */
    public static java.util.Map<String, TypeRef> bindings(TypeDeclaration<?> generic, List<TypeRef> args) {
        java.util.Map<String, TypeRef> bindings = new HashMap<>();
        if (generic instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> withParameters) {
            for (int i = 0; i < withParameters.getTypeParameters().size() && i < args.size(); i++) {
                bindings.put(withParameters.getTypeParameters().get(i).getNameAsString(), args.get(i));
            }
        }
        return bindings;
    }

    private static boolean isTypeVariable(String name, Node context) {
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters<?> generic
                    && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))) {
                return true;
            }
        }
        return false;
    }

    private static String stripTypeArguments(String written) {
        int lt = written.indexOf('<');
        return lt < 0 ? written : written.substring(0, lt);
    }
}

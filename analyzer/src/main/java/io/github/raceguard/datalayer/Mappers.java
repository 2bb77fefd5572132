package io.github.raceguard.datalayer;

import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Frameworks;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which source interfaces are MyBatis mappers, and the entity a MyBatis-Plus mapper or service
 * works on. A mapper is an interface annotated {@code @Mapper}, one extending MyBatis-Plus's
 * {@code BaseMapper} (directly or through the project's own base mappers), one inside a package a
 * {@code @MapperScan} names (on any class of the sources; {@code *} / {@code **} patterns work,
 * a {@code ${placeholder}} is skipped), or the namespace of an XML mapper file. A MyBatis-Plus
 * service is a type reaching {@code IService<T>} / {@code ServiceImpl<M, T>}.
 */
public final class Mappers {

    private final TypeIndex types;
    private final MyBatisXml xml;
    private volatile List<Pattern> scanned;
    private final Map<String, Optional<TypeRef>> baseMapperEntity = new ConcurrentHashMap<>();
    private final Map<String, Optional<TypeRef>> serviceEntity = new ConcurrentHashMap<>();

    public Mappers(TypeIndex types, MyBatisXml xml) {
        this.types = types;
        this.xml = xml;
    }

    /** True when {@code type} is a MyBatis mapper interface of the sources. */
    public boolean isMapper(TypeDeclaration<?> type) {
        if (!(type instanceof ClassOrInterfaceDeclaration iface) || !iface.isInterface()) {
            return false;
        }
        if (Names.hasAnnotation(type, Frameworks.MYBATIS_MAPPER)) {
            return true;
        }
        String fqn = type.getFullyQualifiedName().orElse(null);
        if (fqn == null) {
            return false;
        }
        if (xml.hasNamespace(fqn) || baseMapperEntity(fqn).isPresent()) {
            return true;
        }
        String pkg = fqn.contains(".") ? fqn.substring(0, fqn.lastIndexOf('.')) : "";
        return scannedPackages().stream().anyMatch(p -> p.matcher(pkg).matches());
    }

    /** The {@code T} of MyBatis-Plus's {@code BaseMapper<T>} reached from {@code fqn}, if it is one. */
    public Optional<TypeRef> baseMapperEntity(String fqn) {
        return baseMapperEntity.computeIfAbsent(fqn, n -> Optional.ofNullable(
                argumentOf(new TypeRef(n, List.of()), Frameworks.MYBATIS_PLUS_MAPPERS, 0, new HashSet<>())));
    }

    /** The {@code T} of MyBatis-Plus's {@code IService<T>} / {@code ServiceImpl<M, T>} reached from {@code fqn}, if it is one. */
    public Optional<TypeRef> serviceEntity(String fqn) {
        return serviceEntity.computeIfAbsent(fqn, n -> {
            TypeRef viaService = argumentOf(new TypeRef(n, List.of()), Frameworks.MYBATIS_PLUS_SERVICE, 0, new HashSet<>());
            return Optional.ofNullable(viaService != null ? viaService
                    : argumentOf(new TypeRef(n, List.of()), Frameworks.MYBATIS_PLUS_SERVICE_IMPL, 1, new HashSet<>()));
        });
    }

    /**
     * The type argument {@code index} of the base in {@code bases} that {@code type} extends, with
     * type variables bound on the way; a variable when the base is reached without arguments.
     */
    private TypeRef argumentOf(TypeRef type, Set<String> bases, int index, Set<String> seen) {
        if (bases.contains(type.name())) {
            return type.args().size() > index ? type.args().get(index) : TypeRef.variable("?");
        }
        if (!seen.add(type.name())) {
            return null;
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(type.name());
        if (source.isPresent() && source.get() instanceof ClassOrInterfaceDeclaration cls) {
            Map<String, TypeRef> bindings = bindings(cls.getTypeParameters().stream().map(p -> p.getNameAsString()).toList(), type.args());
            List<ClassOrInterfaceType> supers = new ArrayList<>(cls.getExtendedTypes());
            supers.addAll(cls.getImplementedTypes());
            for (ClassOrInterfaceType extended : supers) {
                TypeRef superRef = types.typeRef(extended, cls).substitute(bindings);
                if (!superRef.name().contains(".") && Names.refersTo(superRef.name(), cls, bases)) {
                    superRef = new TypeRef(Names.qualify(superRef.name(), cls, bases).orElse(superRef.name()), superRef.args());
                }
                TypeRef found = argumentOf(superRef, bases, index, seen);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        Optional<ClasspathIndex.ClassFacts> compiled = types.classpath().find(type.name());
        if (compiled.isPresent()) {
            Map<String, TypeRef> bindings = bindings(compiled.get().typeParameters(), type.args());
            List<TypeRef> supers = new ArrayList<>(compiled.get().interfaces());
            if (compiled.get().superclass() != null) {
                supers.add(compiled.get().superclass());
            }
            for (TypeRef extended : supers) {
                TypeRef found = argumentOf(extended.substitute(bindings), bases, index, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<String, TypeRef> bindings(List<String> parameters, List<TypeRef> args) {
        Map<String, TypeRef> bindings = new HashMap<>();
        for (int i = 0; i < parameters.size() && i < args.size(); i++) {
            bindings.put(parameters.get(i), args.get(i));
        }
        return bindings;
    }

    /** The packages every {@code @MapperScan} of the sources names, as patterns. */
    private List<Pattern> scannedPackages() {
        List<Pattern> patterns = scanned;
        if (patterns == null) {
            List<Pattern> found = new ArrayList<>();
            for (TypeDeclaration<?> type : types.sourceTypes()) {
                Optional<AnnotationExpr> scan = Names.annotation(type, Frameworks.MYBATIS_MAPPER_SCAN);
                if (scan.isEmpty()) {
                    continue;
                }
                for (String attribute : List.of("value", "basePackages")) {
                    AnnotationValues.attribute(scan.get(), attribute).ifPresent(e -> elements(e).forEach(p -> addPackage(found, AnnotationValues.stringValue(p))));
                }
                AnnotationValues.attribute(scan.get(), "basePackageClasses").ifPresent(e -> elements(e).forEach(c -> {
                    if (c instanceof ClassExpr literal) {
                        String fqn = types.typeRef(literal.getType(), type).name();
                        if (fqn.contains(".")) {
                            addPackage(found, fqn.substring(0, fqn.lastIndexOf('.')));
                        }
                    }
                }));
            }
            scanned = patterns = List.copyOf(found);
        }
        return patterns;
    }

    private static List<Expression> elements(Expression e) {
        return e instanceof ArrayInitializerExpr array ? array.getValues() : List.of(e);
    }

    /** {@code com.acme.dao} covers its subpackages; {@code com.acme.**.mapper} and {@code com.*.dao} are patterns. */
    private static void addPackage(List<Pattern> patterns, String written) {
        for (String pkg : written.split("[,;\\s]+")) {
            if (pkg.isBlank() || pkg.contains("${") || !pkg.matches("[\\w.*]+")) {
                continue;
            }
            String regex = Pattern.quote(pkg.replace("**", "\u0000")).replace("*", "\\E[^.]*\\Q").replace("\u0000", "\\E.*\\Q");
            patterns.add(Pattern.compile(regex + "(\\..*)?"));
        }
    }
}

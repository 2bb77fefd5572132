package io.github.raceguard.types;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;

import java.util.Optional;
import java.util.Set;

/**
 * The methods Lombok generates for a source class, read from its annotations: {@code @Data},
 * {@code @Value}, {@code @Getter} / {@code @Setter} (class and field level, {@code AccessLevel.NONE}
 * excluded), {@code @With}, {@code @Builder(toBuilder = true)} / {@code @SuperBuilder(toBuilder = true)}
 * and {@code @Accessors(chain = true | fluent = true)}. The one place that knows Lombok's naming,
 * so generated accessors count exactly like hand-written ones whether or not a classpath is given
 * (the compiled classes carry them, the sources only the annotations). {@code lombok.config}
 * settings are not read.
 */
public final class LombokMembers {

    private static final Set<String> DATA = Set.of("lombok.Data");
    private static final Set<String> VALUE = Set.of("lombok.Value", "lombok.experimental.Value");
    private static final Set<String> GETTER = Set.of("lombok.Getter");
    private static final Set<String> SETTER = Set.of("lombok.Setter");
    private static final Set<String> WITH = Set.of("lombok.With", "lombok.experimental.Wither");
    private static final Set<String> BUILDER = Set.of("lombok.Builder", "lombok.experimental.SuperBuilder");
    private static final Set<String> ACCESSORS = Set.of("lombok.experimental.Accessors");
    private static final Set<String> NON_FINAL = Set.of("lombok.experimental.NonFinal");

    public enum Kind {
        GETTER,
        SETTER,
        /** {@code withX(v)}: a copy with one property changed. */
        WITHER,
        /** {@code toBuilder()}: a builder seeded with every property of the object. */
        TO_BUILDER
    }

    /**
     * One generated method.
     *
     * @param field       the field it accesses (null for {@code toBuilder})
     * @param returnsThis a chained or fluent setter, which returns the object it changed
     */
    public record Generated(Kind kind, String field, boolean returnsThis) {
    }

    private LombokMembers() {
    }

    /** The method {@code name} with {@code arity} parameters Lombok generates on {@code type} itself (not inherited). */
    public static Optional<Generated> generated(TypeDeclaration<?> type, String name, int arity) {
        if (!(type instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
            return Optional.empty();
        }
        if (name.equals("toBuilder") && arity == 0) {
            boolean toBuilder = Names.annotation(cls, BUILDER).map(a -> AnnotationValues.bool(a, "toBuilder")).orElse(false);
            return toBuilder ? Optional.of(new Generated(Kind.TO_BUILDER, null, false)) : Optional.empty();
        }
        if (arity > 1) {
            return Optional.empty();
        }
        boolean data = Names.hasAnnotation(cls, DATA);
        boolean value = Names.hasAnnotation(cls, VALUE);
        for (FieldDeclaration field : cls.getFields()) {
            if (field.isStatic()) {
                continue;
            }
            boolean isFinal = field.isFinal() || value && !Names.hasAnnotation(field, NON_FINAL);
            boolean fluent = accessorsFlag(field, cls, "fluent");
            boolean chain = fluent || accessorsFlag(field, cls, "chain");
            for (VariableDeclarator v : field.getVariables()) {
                boolean primitiveBoolean = v.getType().asString().equals("boolean");
                String property = property(v.getNameAsString(), primitiveBoolean);
                if (arity == 0 && enabled(field, cls, GETTER, data || value)
                        && (fluent ? name.equals(v.getNameAsString()) || name.equals(property)
                        : name.equals((primitiveBoolean ? "is" : "get") + capitalize(property)))) {
                    return Optional.of(new Generated(Kind.GETTER, v.getNameAsString(), false));
                }
                if (arity == 1 && !isFinal && enabled(field, cls, SETTER, data)
                        && (fluent ? name.equals(v.getNameAsString()) || name.equals(property) : name.equals("set" + capitalize(property)))) {
                    return Optional.of(new Generated(Kind.SETTER, v.getNameAsString(), chain));
                }
                if (arity == 1 && enabled(field, cls, WITH, false) && name.equals("with" + capitalize(property))) {
                    return Optional.of(new Generated(Kind.WITHER, v.getNameAsString(), false));
                }
            }
        }
        return Optional.empty();
    }

    /** On the field when annotated there, else on the class, else the class-wide default ({@code @Data}, {@code @Value}). */
    private static boolean enabled(FieldDeclaration field, ClassOrInterfaceDeclaration cls, Set<String> annotation, boolean byDefault) {
        Optional<AnnotationExpr> onField = Names.annotation(field, annotation);
        if (onField.isPresent()) {
            return !isNone(onField.get());
        }
        Optional<AnnotationExpr> onClass = Names.annotation(cls, annotation);
        if (onClass.isPresent()) {
            return !isNone(onClass.get());
        }
        return byDefault;
    }

    private static boolean isNone(AnnotationExpr annotation) {
        return AnnotationValues.enumName(annotation, "value").map("NONE"::equals).orElse(false);
    }

    private static boolean accessorsFlag(FieldDeclaration field, ClassOrInterfaceDeclaration cls, String flag) {
        Optional<AnnotationExpr> accessors = Names.annotation(field, ACCESSORS)
                .or(() -> Names.annotation(cls, ACCESSORS));
        return accessors.map(a -> AnnotationValues.bool(a, flag)).orElse(false);
    }

    /** Lombok drops the {@code is} prefix of a primitive boolean field: {@code isActive} → {@code setActive}. */
    private static String property(String field, boolean primitiveBoolean) {
        if (primitiveBoolean && field.length() > 2 && field.startsWith("is") && Character.isUpperCase(field.charAt(2))) {
            return Character.toLowerCase(field.charAt(2)) + field.substring(3);
        }
        return field;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

package io.github.raceguard.types;


import javassist.ClassPool;
import javassist.CtClass;
import javassist.NotFoundException;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.BadBytecode;
import javassist.bytecode.ClassFile;
import javassist.bytecode.FieldInfo;
import javassist.bytecode.MethodInfo;
import javassist.bytecode.SignatureAttribute;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.EnumMemberValue;
import javassist.bytecode.annotation.MemberValue;
import javassist.bytecode.annotation.StringMemberValue;
import javassist.bytecode.annotation.BooleanMemberValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the classpath (dependency jars, sibling modules' class folders) declares, read from
 * bytecode on demand: annotations, supertypes with their generic arguments, fields and method
 * annotations. Entities and repositories of another module are understood through it.
 */
public final class ClasspathIndex {

    /** A class file's facts relevant to the model. Annotation values keyed {@code Type.attr}. */
    public record ClassFacts(String name, boolean isInterface, List<String> annotations,
                             TypeRef superclass, List<TypeRef> interfaces, List<String> typeParameters,
                             List<MemberFacts> fields, List<MemberFacts> methods) {
    }

    /** A field or method: its name and its annotations with their attribute values. */
    public record MemberFacts(String name, Map<String, Map<String, String>> annotations) {
        public boolean has(java.util.Collection<String> fqns) {
            return annotations.keySet().stream().anyMatch(fqns::contains);
        }

        public Optional<Map<String, String>> annotation(java.util.Collection<String> fqns) {
            return annotations.entrySet().stream().filter(e -> fqns.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
        }
    }

    private final ClassPool pool = new ClassPool(false);
    private final Memo<String, Optional<ClassFacts>> cache = Memo.byEquality();
    private final boolean empty;

    public ClasspathIndex(List<Path> classpath) {
        int added = 0;
        for (Path entry : classpath) {
            if (Files.exists(entry)) {
                try {
                    pool.appendClassPath(entry.toString());
                    added++;
                } catch (NotFoundException e) {
                    // not a readable jar or folder: types from it stay unresolved
                }
            }
        }
        empty = added == 0;
    }

    public boolean isEmpty() {
        return empty;
    }

    public Optional<ClassFacts> find(String fqn) {
        if (empty || fqn == null) {
            return Optional.empty();
        }
        return cache.get(fqn, this::load);
    }

    private Optional<ClassFacts> load(String fqn) {
        CtClass ct;
        synchronized (pool) {
            ct = pool.getOrNull(fqn);
            if (ct == null) {
                int dot = fqn.lastIndexOf('.');
                // Outer.Inner is Outer$Inner in bytecode
                ct = dot > 0 ? pool.getOrNull(fqn.substring(0, dot) + "$" + fqn.substring(dot + 1)) : null;
            }
        }
        if (ct == null) {
            return Optional.empty();
        }
        try {
            ClassFile file = ct.getClassFile2();
            TypeRef superclass = file.getSuperclass() == null ? null : new TypeRef(file.getSuperclass(), List.of());
            List<TypeRef> interfaces = new ArrayList<>();
            List<String> typeParameters = new ArrayList<>();
            SignatureAttribute signature = (SignatureAttribute) file.getAttribute(SignatureAttribute.tag);
            if (signature != null) {
                SignatureAttribute.ClassSignature cs = SignatureAttribute.toClassSignature(signature.getSignature());
                for (SignatureAttribute.TypeParameter p : cs.getParameters()) {
                    typeParameters.add(p.getName());
                }
                if (cs.getSuperClass() != null) {
                    superclass = toRef(cs.getSuperClass());
                }
                for (SignatureAttribute.ClassType type : cs.getInterfaces()) {
                    interfaces.add(toRef(type));
                }
            } else {
                for (String name : file.getInterfaces()) {
                    interfaces.add(new TypeRef(name, List.of()));
                }
            }
            List<MemberFacts> fields = new ArrayList<>();
            for (FieldInfo field : file.getFields()) {
                fields.add(new MemberFacts(field.getName(), annotations((AnnotationsAttribute) field.getAttribute(AnnotationsAttribute.visibleTag))));
            }
            List<MemberFacts> methods = new ArrayList<>();
            for (MethodInfo method : file.getMethods()) {
                methods.add(new MemberFacts(method.getName(), annotations((AnnotationsAttribute) method.getAttribute(AnnotationsAttribute.visibleTag))));
            }
            List<String> classAnnotations = new ArrayList<>(annotations((AnnotationsAttribute) file.getAttribute(AnnotationsAttribute.visibleTag)).keySet());
            return Optional.of(new ClassFacts(fqn, file.isInterface(), classAnnotations, superclass, interfaces,
                    typeParameters, fields, methods));
        } catch (BadBytecode | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static TypeRef toRef(SignatureAttribute.ClassType type) {
        List<TypeRef> args = new ArrayList<>();
        if (type.getTypeArguments() != null) {
            for (SignatureAttribute.TypeArgument arg : type.getTypeArguments()) {
                SignatureAttribute.ObjectType t = arg.getType();
                if (t instanceof SignatureAttribute.ClassType ct) {
                    args.add(toRef(ct));
                } else if (t instanceof SignatureAttribute.TypeVariable tv) {
                    args.add(TypeRef.variable(tv.getName()));
                } else {
                    args.add(new TypeRef("?", List.of()));
                }
            }
        }
        String name = type.getDeclaringClass() != null ? type.getDeclaringClass().getName() + "." + type.getName() : type.getName();
        return new TypeRef(name.replace('$', '.'), args);
    }

    private static Map<String, Map<String, String>> annotations(AnnotationsAttribute attribute) {
        Map<String, Map<String, String>> result = new HashMap<>();
        if (attribute == null) {
            return result;
        }
        for (Annotation annotation : attribute.getAnnotations()) {
            Map<String, String> values = new HashMap<>();
            if (annotation.getMemberNames() != null) {
                for (Object member : annotation.getMemberNames()) {
                    MemberValue value = annotation.getMemberValue((String) member);
                    values.put((String) member, valueText(value));
                }
            }
            result.put(annotation.getTypeName(), values);
        }
        return result;
    }

    private static String valueText(MemberValue value) {
        if (value instanceof EnumMemberValue e) {
            return e.getValue();
        }
        if (value instanceof StringMemberValue s) {
            return s.getValue();
        }
        if (value instanceof BooleanMemberValue b) {
            return Boolean.toString(b.getValue());
        }
        return String.valueOf(value);
    }
}

package io.github.raceguard.context;


import io.github.raceguard.persistence.Repositories;
import io.github.raceguard.types.AnnotationValues;
import io.github.raceguard.types.ClasspathIndex;
import io.github.raceguard.types.Names;
import io.github.raceguard.types.TypeIndex;
import io.github.raceguard.types.TypeRef;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which objects every request shares, and which methods only run while such an object is set
 * up. Shared: Spring beans of singleton scope (stereotypes, also through meta-annotations, and
 * classes returned by {@code @Bean} methods, Spring Data repository fragment implementations),
 * CDI {@code @ApplicationScoped} / {@code @Singleton}, servlets, servlet filters and handler
 * interceptors, and base classes of any of these; every static field. Not shared: prototype,
 * request, session (any non-singleton) scope. An EJB {@code @Singleton} is shared too, but the
 * container serializes its methods by default ({@link EjbConcurrency}: a lock its methods hold).
 */
public final class Singletons {

    static final Set<String> STEREOTYPES = Set.of(
            "org.springframework.stereotype.Component", "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository", "org.springframework.stereotype.Controller",
            "org.springframework.web.bind.annotation.RestController", "org.springframework.web.bind.annotation.ControllerAdvice",
            "org.springframework.web.bind.annotation.RestControllerAdvice", "org.springframework.context.annotation.Configuration",
            "org.springframework.boot.autoconfigure.SpringBootApplication",
            "org.springframework.boot.actuate.endpoint.annotation.Endpoint",
            "jakarta.enterprise.context.ApplicationScoped", "javax.enterprise.context.ApplicationScoped",
            "jakarta.inject.Singleton", "javax.inject.Singleton");
    private static final String COMPONENT = "org.springframework.stereotype.Component";
    static final Set<String> SCOPES = Set.of("org.springframework.context.annotation.Scope",
            "org.springframework.web.context.annotation.RequestScope", "org.springframework.web.context.annotation.SessionScope",
            "jakarta.enterprise.context.RequestScoped", "javax.enterprise.context.RequestScoped",
            "jakarta.enterprise.context.SessionScoped", "javax.enterprise.context.SessionScoped",
            "jakarta.enterprise.context.Dependent", "javax.enterprise.context.Dependent",
            "jakarta.enterprise.context.ConversationScoped", "javax.enterprise.context.ConversationScoped");
    /** Configuration holders bound once at startup: their setters are not request code. */
    static final Set<String> CONFIGURATION_PROPERTIES = Set.of("org.springframework.boot.context.properties.ConfigurationProperties");
    static final Set<String> BEAN = Set.of("org.springframework.context.annotation.Bean");
    static final Set<String> SERVLET_TYPES = Set.of(
            "jakarta.servlet.http.HttpServlet", "javax.servlet.http.HttpServlet", "jakarta.servlet.GenericServlet",
            "javax.servlet.GenericServlet", "jakarta.servlet.Servlet", "javax.servlet.Servlet");
    static final Set<String> FILTER_TYPES = Set.of(
            "jakarta.servlet.Filter", "javax.servlet.Filter", "org.springframework.web.filter.OncePerRequestFilter",
            "org.springframework.web.filter.GenericFilterBean", "org.springframework.web.server.WebFilter");
    static final Set<String> INTERCEPTOR_TYPES = Set.of(
            "org.springframework.web.servlet.HandlerInterceptor", "org.springframework.web.servlet.AsyncHandlerInterceptor",
            "org.springframework.web.servlet.handler.HandlerInterceptorAdapter");
    /** Simple names distinctive enough to trust without an import (a {@code Filter} alone is not). */
    private static final Set<String> DISTINCTIVE = Set.of("HttpServlet", "GenericServlet", "OncePerRequestFilter",
            "GenericFilterBean", "HandlerInterceptor", "AsyncHandlerInterceptor", "HandlerInterceptorAdapter");

    static final Set<String> SET_UP_ANNOTATIONS = Set.of(
            "jakarta.annotation.PostConstruct", "javax.annotation.PostConstruct", "jakarta.annotation.PreDestroy",
            "javax.annotation.PreDestroy", "org.springframework.beans.factory.annotation.Autowired",
            "org.springframework.beans.factory.annotation.Value", "jakarta.inject.Inject", "javax.inject.Inject",
            "org.springframework.context.annotation.Bean");
    static final Set<String> EVENT_LISTENER = Set.of("org.springframework.context.event.EventListener");
    private static final Set<String> STARTUP_EVENTS = Set.of("ContextRefreshedEvent", "ApplicationReadyEvent",
            "ApplicationStartedEvent", "ContextStartedEvent", "ContextClosedEvent", "ApplicationPreparedEvent");
    /** Container callbacks by name: InitializingBean, DisposableBean, SmartInitializingSingleton, the Aware interfaces. */
    private static final Set<String> CALLBACKS = Set.of("afterPropertiesSet", "destroy", "afterSingletonsInstantiated",
            "setApplicationContext", "setBeanFactory", "setEnvironment", "setServletContext", "setBeanName",
            "setResourceLoader", "setApplicationEventPublisher", "setEmbeddedValueResolver", "setBeanClassLoader",
            "setMessageSource");
    private static final Set<String> RUNNERS = Set.of("org.springframework.boot.CommandLineRunner",
            "org.springframework.boot.ApplicationRunner");
    /** A WebSocket endpoint: the container creates one instance per connection, even for a {@code @Component}. */
    static final Set<String> SERVER_ENDPOINT = Set.of("jakarta.websocket.server.ServerEndpoint", "javax.websocket.server.ServerEndpoint");
    /** Methods the framework calls per request or event: never set-up, whoever else calls them. */
    private static final Set<String> ENTRY_ANNOTATION_SUFFIXES = Set.of("Mapping", "Scheduled", "Listener", "Handler");

    /** Why instances of a type are shared, with the node that says so (for related locations). */
    public record Sharing(String description, Node evidence) {
    }

    private final TypeIndex types;
    private final CallGraph callGraph;
    private final Repositories repositories;
    private final Map<TypeDeclaration<?>, Optional<Sharing>> cache = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Map<CallableDeclaration<?>, Boolean> setUp = Collections.synchronizedMap(new IdentityHashMap<>());
    private volatile Map<String, Sharing> beanMethods;
    private volatile Map<String, List<TypeDeclaration<?>>> subclasses;
    private volatile Map<String, List<ClassOrInterfaceDeclaration>> repositoriesByFragment;

    public Singletons(TypeIndex types, CallGraph callGraph, Repositories repositories) {
        this.types = types;
        this.callGraph = callGraph;
        this.repositories = repositories;
    }

    /** Why the state of {@code field} is shared between threads, or empty when each request has its own. */
    public Optional<Sharing> sharing(FieldInfo field) {
        if (field.isStatic()) {
            return Optional.of(new Sharing("static field " + field.qualifiedName(), field.variable()));
        }
        return of(field.owner());
    }

    /** Why one instance of {@code type} serves concurrent requests, or empty. */
    public Optional<Sharing> of(TypeDeclaration<?> type) {
        Optional<Sharing> known = cache.get(type);
        if (known != null) {
            return known;
        }
        Optional<Sharing> computed = compute(type, 0);
        cache.put(type, computed);
        return computed;
    }

    public boolean isSingleton(TypeDeclaration<?> type) {
        return of(type).isPresent();
    }

    private Optional<Sharing> compute(TypeDeclaration<?> type, int depth) {
        if (!(type instanceof ClassOrInterfaceDeclaration cls) || cls.isInterface()) {
            return Optional.empty();
        }
        if (Names.hasAnnotation(type, CONFIGURATION_PROPERTIES) || narrowScope(type) || Names.hasAnnotation(type, SERVER_ENDPOINT)) {
            return Optional.empty();
        }
        Optional<Sharing> ejb = EjbConcurrency.sharing(type);
        if (ejb.isPresent()) {
            return ejb; // its methods hold the container's lock (Synchronization asks EjbConcurrency)
        }
        for (AnnotationExpr annotation : type.getAnnotations()) {
            if (isStereotype(annotation)) {
                return Optional.of(new Sharing("singleton @" + annotation.getName().getIdentifier() + " "
                        + type.getNameAsString(), annotation));
            }
        }
        Optional<String> web = webComponent(cls);
        if (web.isPresent()) {
            return Optional.of(new Sharing(web.get() + " " + type.getNameAsString() + " (one instance serves every request)", type.getName()));
        }
        Sharing bean = type.getFullyQualifiedName().map(beanMethods()::get).orElse(null);
        if (bean != null) {
            return Optional.of(new Sharing("singleton " + type.getNameAsString() + " (" + bean.description() + ")", bean.evidence()));
        }
        Optional<String> repository = repositoryOfFragment(cls);
        if (repository.isPresent()) {
            return Optional.of(new Sharing("singleton " + type.getNameAsString() + " (the implementation Spring Data plugs into the repository "
                    + repository.get() + ")", type.getName()));
        }
        if (depth < 5) {
            for (TypeDeclaration<?> sub : type.getFullyQualifiedName().map(subclasses()::get).orElse(List.of())) {
                Optional<Sharing> inherited = compute(sub, depth + 1);
                if (inherited.isPresent()) {
                    return Optional.of(new Sharing(inherited.get().description() + ", which extends " + type.getNameAsString(),
                            inherited.get().evidence()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean isStereotype(AnnotationExpr annotation) {
        if (Names.refersTo(annotation.getNameAsString(), annotation, STEREOTYPES)
                || Names.refersTo(annotation.getNameAsString(), annotation, MicronautBeans.SINGLETONS)) {
            return true;
        }
        // a custom stereotype: an annotation meta-annotated with @Component (@Service, @RestController ... included)
        return types.resolve(annotation.getNameAsString(), annotation).map(fqn -> metaAnnotatedWithComponent(fqn, 0)).orElse(false);
    }

    private boolean metaAnnotatedWithComponent(String annotationType, int depth) {
        if (depth > 3 || annotationType.startsWith("java.")) {
            return false;
        }
        if (STEREOTYPES.contains(annotationType)) {
            return !annotationType.contains(".inject.") && !annotationType.contains(".enterprise.");
        }
        Optional<TypeDeclaration<?>> source = types.sourceType(annotationType);
        if (source.isPresent()) {
            for (AnnotationExpr meta : source.get().getAnnotations()) {
                Optional<String> fqn = types.resolve(meta.getNameAsString(), meta);
                if (fqn.isPresent() && !fqn.get().equals(annotationType) && metaAnnotatedWithComponent(fqn.get(), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        return types.classpath().find(annotationType)
                .map(facts -> facts.annotations().contains(COMPONENT)
                        || facts.annotations().stream().anyMatch(a -> !a.equals(annotationType) && metaAnnotatedWithComponent(a, depth + 1)))
                .orElse(false);
    }

    /** A scope other than singleton / application on the class or a {@code @Bean} method. */
    static boolean narrowScope(NodeWithAnnotations<?> node) {
        Optional<AnnotationExpr> scope = Names.annotation(node, SCOPES);
        if (scope.isEmpty()) {
            return false;
        }
        AnnotationExpr a = scope.get();
        if (!a.getName().getIdentifier().equals("Scope")) {
            return true; // @RequestScope, @SessionScope, CDI @RequestScoped ...
        }
        String value = AnnotationValues.attribute(a, "value").or(() -> AnnotationValues.attribute(a, "scopeName"))
                .map(AnnotationValues::stringValue).orElse("").toLowerCase();
        return !(value.isEmpty() || value.contains("singleton") || value.contains("application"));
    }

    /** "a servlet", "a filter", "a handler interceptor" when a supertype says so. */
    private Optional<String> webComponent(ClassOrInterfaceDeclaration cls) {
        for (AnnotationExpr a : cls.getAnnotations()) {
            String name = a.getName().getIdentifier();
            if (name.equals("WebServlet") || name.equals("WebFilter")) {
                return Optional.of(name.equals("WebServlet") ? "servlet" : "filter");
            }
        }
        return supertypeKind(cls, new HashSet<>(), 0);
    }

    private Optional<String> supertypeKind(ClassOrInterfaceDeclaration cls, Set<String> seen, int depth) {
        List<ClassOrInterfaceType> supertypes = new ArrayList<>(cls.getExtendedTypes());
        supertypes.addAll(cls.getImplementedTypes());
        for (ClassOrInterfaceType supertype : supertypes) {
            String written = supertype.getNameWithScope();
            Optional<String> kind = webKind(written, cls);
            if (kind.isPresent()) {
                return kind;
            }
            Optional<String> fqn = types.resolve(written, cls);
            if (fqn.isEmpty() || !seen.add(fqn.get()) || depth > 8) {
                continue;
            }
            Optional<TypeDeclaration<?>> source = types.sourceType(fqn.get());
            if (source.isPresent() && source.get() instanceof ClassOrInterfaceDeclaration parent) {
                kind = supertypeKind(parent, seen, depth + 1);
            } else {
                kind = compiledSupertypeKind(fqn.get(), seen, depth + 1);
            }
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<String> compiledSupertypeKind(String fqn, Set<String> seen, int depth) {
        Optional<ClasspathIndex.ClassFacts> facts = types.classpath().find(fqn);
        if (facts.isEmpty() || depth > 8) {
            return Optional.empty();
        }
        List<TypeRef> supertypes = new ArrayList<>(facts.get().interfaces());
        if (facts.get().superclass() != null) {
            supertypes.add(facts.get().superclass());
        }
        for (TypeRef supertype : supertypes) {
            Optional<String> kind = webKindOf(supertype.name());
            if (kind.isEmpty() && seen.add(supertype.name())) {
                kind = compiledSupertypeKind(supertype.name(), seen, depth + 1);
            }
            if (kind.isPresent()) {
                return kind;
            }
        }
        return Optional.empty();
    }

    private Optional<String> webKind(String written, Node context) {
        Optional<String> fqn = types.resolve(written, context);
        if (fqn.isPresent() && fqn.get().contains(".")) {
            return webKindOf(fqn.get());
        }
        // unresolved: a wildcard import of a servlet / Spring web package, or a distinctive simple name
        Optional<String> viaImport = Names.qualify(written, context, allWebTypes());
        if (viaImport.isPresent() && (DISTINCTIVE.contains(written) || importsPackageOf(context, viaImport.get()))) {
            return webKindOf(viaImport.get());
        }
        return Optional.empty();
    }

    private static boolean importsPackageOf(Node context, String fqn) {
        String pkg = fqn.substring(0, fqn.lastIndexOf('.'));
        return context.findCompilationUnit().map(u -> u.getImports().stream()
                .anyMatch(i -> i.isAsterisk() && !i.isStatic() && i.getNameAsString().equals(pkg))).orElse(false);
    }

    private static Set<String> allWebTypes() {
        Set<String> all = new HashSet<>(SERVLET_TYPES);
        all.addAll(FILTER_TYPES);
        all.addAll(INTERCEPTOR_TYPES);
        return all;
    }

    private static Optional<String> webKindOf(String fqn) {
        if (SERVLET_TYPES.contains(fqn)) {
            return Optional.of("servlet");
        }
        if (FILTER_TYPES.contains(fqn)) {
            return Optional.of("filter");
        }
        if (INTERCEPTOR_TYPES.contains(fqn)) {
            return Optional.of("handler interceptor");
        }
        return Optional.empty();
    }

    /** Source classes returned by singleton {@code @Bean} methods, by qualified name. */
    private Map<String, Sharing> beanMethods() {
        Map<String, Sharing> known = beanMethods;
        if (known != null) {
            return known;
        }
        Map<String, Sharing> found = new HashMap<>();
        for (TypeDeclaration<?> type : types.sourceTypes()) {
            for (MethodDeclaration method : type.getMethods()) {
                Optional<AnnotationExpr> bean = Names.annotation(method, BEAN);
                if (bean.isEmpty() || narrowScope(method)) {
                    continue;
                }
                Sharing sharing = new Sharing("@Bean " + type.getNameAsString() + "." + method.getNameAsString() + "()", bean.get());
                types.resolve(method.getType().asString(), method).ifPresent(fqn -> found.putIfAbsent(fqn, sharing));
                for (ReturnStmt ret : method.findAll(ReturnStmt.class)) {
                    if (ret.getExpression().isPresent() && ret.getExpression().get() instanceof ObjectCreationExpr creation) {
                        types.resolve(creation.getType().getNameWithScope(), creation).ifPresent(fqn -> found.putIfAbsent(fqn, sharing));
                    }
                }
            }
        }
        beanMethods = found;
        return found;
    }

    /**
     * A Spring Data repository fragment implementation: a class named after an interface it
     * implements plus {@code Impl} ({@code PartyHatRepositoryImpl implements PartyHatRepository}),
     * or after the repository itself ({@code OrderRepositoryImpl implements OrderRepositoryCustom}),
     * where that interface is extended by a repository interface of the sources. Spring Data
     * finds it by that name (the default {@code Impl} postfix) and creates it once, as a bean of
     * the repository, with no stereotype. Returns the repository's simple name.
     */
    private Optional<String> repositoryOfFragment(ClassOrInterfaceDeclaration cls) {
        String name = cls.getNameAsString();
        if (!name.endsWith("Impl") || cls.isAbstract() || cls.getImplementedTypes().isEmpty()) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - "Impl".length());
        for (ClassOrInterfaceType implemented : cls.getImplementedTypes()) {
            Optional<String> fragment = types.resolve(implemented.getNameWithScope(), cls);
            for (ClassOrInterfaceDeclaration repository : fragment.map(repositoriesByFragment()::get).orElse(List.of())) {
                if (implemented.getNameAsString().equals(stem) || repository.getNameAsString().equals(stem)) {
                    return Optional.of(repository.getNameAsString());
                }
            }
        }
        return Optional.empty();
    }

    /** Source repository interfaces by the qualified names of the interfaces they extend. */
    private Map<String, List<ClassOrInterfaceDeclaration>> repositoriesByFragment() {
        Map<String, List<ClassOrInterfaceDeclaration>> known = repositoriesByFragment;
        if (known != null) {
            return known;
        }
        Map<String, List<ClassOrInterfaceDeclaration>> found = new HashMap<>();
        for (TypeDeclaration<?> type : types.sourceTypes()) {
            if (type instanceof ClassOrInterfaceDeclaration iface && iface.isInterface() && iface.getExtendedTypes().size() > 1
                    && iface.getFullyQualifiedName().flatMap(repositories::find).isPresent()) {
                for (ClassOrInterfaceType extended : iface.getExtendedTypes()) {
                    types.resolve(extended.getNameWithScope(), iface)
                            .ifPresent(fqn -> found.computeIfAbsent(fqn, k -> new ArrayList<>()).add(iface));
                }
            }
        }
        repositoriesByFragment = found;
        return found;
    }

    private Map<String, List<TypeDeclaration<?>>> subclasses() {
        Map<String, List<TypeDeclaration<?>>> known = subclasses;
        if (known != null) {
            return known;
        }
        Map<String, List<TypeDeclaration<?>>> found = new HashMap<>();
        for (TypeDeclaration<?> type : types.sourceTypes()) {
            if (type instanceof ClassOrInterfaceDeclaration cls && !cls.isInterface()) {
                for (ClassOrInterfaceType extended : cls.getExtendedTypes()) {
                    types.resolve(extended.getNameWithScope(), cls)
                            .ifPresent(fqn -> found.computeIfAbsent(fqn, k -> new ArrayList<>()).add(cls));
                }
            }
        }
        subclasses = found;
        return found;
    }

    // ---- set-up ---------------------------------------------------------------------------------

    /**
     * True when {@code method} only runs while its object is set up or torn down, before or after
     * it serves requests: a constructor, {@code @PostConstruct} / {@code @PreDestroy}, injection
     * and {@code @Bean} methods, container callbacks ({@code afterPropertiesSet}, {@code destroy},
     * the {@code *Aware} setters, {@code Filter.init}, {@code initFrameworkServlet},
     * {@code ServletContextListener.contextInitialized}), startup listeners and runners,
     * {@code main}, a plain configuration setter ({@code setX(x) { this.x = x; }}) that is not a
     * request handler, a public property setter no call in the sources names, and a method
     * called only from such methods.
     */
    public boolean runsAtSetUp(CallableDeclaration<?> method) {
        Boolean known = setUp.get(method);
        if (known != null) {
            return known;
        }
        boolean computed = computeSetUp(method, new HashSet<>());
        setUp.put(method, computed);
        return computed;
    }

    /**
     * True when a change of {@code field} in {@code method} happens while the object is set up,
     * not while it serves requests: any set-up method for an instance field; for a static field
     * not a constructor (or {@code @PostConstruct}) of a class with many instances, which runs
     * once per instance, possibly concurrently.
     */
    public boolean setsUp(CallableDeclaration<?> method, FieldInfo field) {
        if (!runsAtSetUp(method)) {
            return false;
        }
        if (!field.isStatic()) {
            return true;
        }
        Optional<TypeDeclaration<?>> owner = method.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        boolean perInstance = method instanceof ConstructorDeclaration || Names.hasAnnotation(method, SET_UP_ANNOTATIONS);
        // one instance: a singleton, or a configuration properties holder (Spring binds one bean per holder)
        return !perInstance || owner.map(t -> isSingleton(t) || Names.hasAnnotation(t, CONFIGURATION_PROPERTIES)).orElse(false);
    }

    private boolean computeSetUp(CallableDeclaration<?> method, Set<CallableDeclaration<?>> inProgress) {
        if (method instanceof ConstructorDeclaration) {
            return true;
        }
        if (!(method instanceof MethodDeclaration m) || !inProgress.add(method)) {
            return false; // a cycle of private methods: the entry into it decides
        }
        try {
            if (isSetUpMethod(m) || overridesSetUpMethod(m)) {
                return true;
            }
            if (isEntryPoint(m)) {
                return false;
            }
            if (isUncalledPropertySetter(m)) {
                return true; // nothing in the sources calls it: container configuration (a bean property) does
            }
            if (isConfigurationSetter(m)) {
                // configuration (a @Bean method, XML, binding) calls it; a call from request code makes it request code
                List<MethodCallExpr> callers = setUpCallers(m);
                return callers.isEmpty() ? !m.isPrivate() : onlyCalledAtSetUp(m, callers, inProgress);
            }
            // a method that only set-up code calls: a private helper, a static factory a @Bean method calls,
            // a base class's init() reached through super.init() from a @PostConstruct method
            return onlyCalledAtSetUp(m, setUpCallers(m), inProgress);
        } finally {
            inProgress.remove(method);
        }
    }

    /** Request mappings, scheduled methods, listeners and handlers: the framework calls them while serving. */
    private static boolean isEntryPoint(MethodDeclaration m) {
        return m.getAnnotations().stream().map(a -> a.getName().getIdentifier())
                .anyMatch(name -> ENTRY_ANNOTATION_SUFFIXES.stream().anyMatch(name::endsWith));
    }

    /**
     * The calls in the sources that reach {@code m}: those the call graph resolves, plus what it
     * leaves out for set-up purposes: {@code super.m(..)} and unqualified {@code m(..)} in a
     * subclass, and {@code Owner.m(..)} of a static method.
     */
    private List<MethodCallExpr> setUpCallers(MethodDeclaration m) {
        List<MethodCallExpr> found = new ArrayList<>(callGraph.callers(m));
        Optional<TypeDeclaration<?>> owner = m.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isEmpty()) {
            return found;
        }
        String ownerName = owner.get().getNameAsString();
        Optional<String> ownerFqn = owner.get().getFullyQualifiedName();
        for (MethodCallExpr call : callGraph.callsNamed(m.getNameAsString())) {
            if (call.getArguments().size() != m.getParameters().size() || found.contains(call)) {
                continue;
            }
            Optional<Expression> scope = call.getScope();
            if (scope.isPresent() && scope.get() instanceof com.github.javaparser.ast.expr.SuperExpr
                    || scope.isEmpty() && !declaresMethod(enclosingType(call), m)) {
                if (ownerFqn.isPresent() && enclosingType(call).map(t -> extendsType(t, ownerFqn.get(), 0)).orElse(false)) {
                    found.add(call);
                }
            } else if (m.isStatic() && scope.isPresent() && (scope.get().toString().equals(ownerName)
                    || ownerFqn.map(scope.get().toString()::equals).orElse(false))) {
                found.add(call);
            }
        }
        return found;
    }

    private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        return node.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
    }

    private static boolean declaresMethod(Optional<TypeDeclaration<?>> type, MethodDeclaration m) {
        return type.map(t -> t.getMethodsByName(m.getNameAsString()).stream()
                .anyMatch(d -> d.getParameters().size() == m.getParameters().size())).orElse(false);
    }

    /** True when {@code type} extends (directly or through source superclasses) the class named {@code fqn}. */
    private boolean extendsType(TypeDeclaration<?> type, String fqn, int depth) {
        if (!(type instanceof ClassOrInterfaceDeclaration cls) || depth > 8) {
            return false;
        }
        for (ClassOrInterfaceType extended : cls.getExtendedTypes()) {
            Optional<String> name = types.resolve(extended.getNameWithScope(), cls);
            if (name.isPresent() && (name.get().equals(fqn)
                    || types.sourceType(name.get()).map(parent -> extendsType(parent, fqn, depth + 1)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /** An override of a source superclass's {@code @PostConstruct} (or other set-up) method: the container calls the override. */
    private boolean overridesSetUpMethod(MethodDeclaration m) {
        Optional<TypeDeclaration<?>> type = enclosingType(m);
        for (int depth = 0; depth < 8 && type.isPresent() && type.get() instanceof ClassOrInterfaceDeclaration cls; depth++) {
            Optional<TypeDeclaration<?>> parent = cls.getExtendedTypes().stream().findFirst()
                    .flatMap(t -> types.resolve(t.getNameWithScope(), cls)).flatMap(types::sourceType);
            if (parent.isPresent() && parent.get().getMethodsByName(m.getNameAsString()).stream()
                    .anyMatch(p -> p.getParameters().size() == m.getParameters().size() && Names.hasAnnotation(p, SET_UP_ANNOTATIONS))) {
                return true;
            }
            type = parent;
        }
        return false;
    }

    private boolean onlyCalledAtSetUp(MethodDeclaration m, List<MethodCallExpr> callers, Set<CallableDeclaration<?>> inProgress) {
        boolean called = false;
        for (MethodCallExpr call : callers) {
            called = true;
            Optional<CallableDeclaration<?>> caller = enclosingCallable(call);
            if (caller.isEmpty() || caller.get() == m) {
                continue;
            }
            if (insideLambdaOrAnonymousClass(call, caller.get()) && !inStartupCallbackBean(call, caller.get())) {
                return false; // may run later, on another thread
            }
            Boolean callerSetUp = setUp.get(caller.get());
            if (!(callerSetUp != null ? callerSetUp : computeSetUp(caller.get(), inProgress))) {
                return false;
            }
        }
        return called;
    }

    private static Optional<CallableDeclaration<?>> enclosingCallable(Node node) {
        for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof CallableDeclaration<?> c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Beans the container runs once at startup: runners and customizers. */
    private static boolean isStartupCallbackType(String simpleName) {
        return simpleName.equals("CommandLineRunner") || simpleName.equals("ApplicationRunner") || simpleName.endsWith("Customizer");
    }

    /**
     * True when {@code call} sits in the lambda a {@code @Bean} method returns as a startup runner or
     * customizer ({@code @Bean CommandLineRunner load(..) { return args -> catalog.loadAll(); }}):
     * the container runs it once, at startup.
     */
    private static boolean inStartupCallbackBean(Node call, CallableDeclaration<?> caller) {
        if (!(caller instanceof MethodDeclaration bean) || !Names.hasAnnotation(bean, BEAN)
                || !(bean.getType() instanceof ClassOrInterfaceType type) || !isStartupCallbackType(type.getNameAsString())) {
            return false;
        }
        Optional<com.github.javaparser.ast.expr.LambdaExpr> lambda = call.findAncestor(com.github.javaparser.ast.expr.LambdaExpr.class);
        return lambda.isPresent() && lambda.get().getParentNode().orElse(null) instanceof ReturnStmt ret
                && ret.findAncestor(CallableDeclaration.class).map(c -> c == caller).orElse(false)
                && lambda.get().findAncestor(com.github.javaparser.ast.expr.LambdaExpr.class).isEmpty();
    }

    /** Calls that run the lambda they are given in place, before they return: {@code handlers.forEach(h -> register(h))}. */
    private static final Set<String> IN_PLACE_CALLBACKS = Set.of("forEach", "forEachOrdered", "ifPresent", "ifPresentOrElse",
            "removeIf", "replaceAll", "computeIfAbsent", "computeIfPresent", "compute", "merge");

    private static boolean insideLambdaOrAnonymousClass(Node node, Node stop) {
        for (Node n = node.getParentNode().orElse(null); n != null && n != stop; n = n.getParentNode().orElse(null)) {
            if (n instanceof com.github.javaparser.ast.expr.LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && IN_PLACE_CALLBACKS.contains(call.getNameAsString())) {
                continue; // run in place, in the caller's set-up
            }
            if (n instanceof com.github.javaparser.ast.expr.LambdaExpr
                    || n instanceof BodyDeclaration<?> && n.getParentNode().orElse(null) instanceof ObjectCreationExpr) {
                return true;
            }
        }
        return false;
    }

    private boolean isSetUpMethod(MethodDeclaration m) {
        if (Names.hasAnnotation(m, SET_UP_ANNOTATIONS)) {
            return true;
        }
        Optional<AnnotationExpr> listener = Names.annotation(m, EVENT_LISTENER);
        if (listener.isPresent() || m.getNameAsString().equals("onApplicationEvent")) {
            // @EventListener or ApplicationListener for a startup / shutdown event
            String events = listener.map(AnnotationExpr::toString).orElse("") + m.getParameters().toString();
            return STARTUP_EVENTS.stream().anyMatch(events::contains);
        }
        String name = m.getNameAsString();
        int arity = m.getParameters().size();
        if (CALLBACKS.contains(name) && arity <= 1 && !(name.equals("destroy") && arity == 1)) {
            return true;
        }
        if (name.equals("main") && m.isStatic() && arity == 1) {
            return true;
        }
        // ServletContextListener: the container calls these once, when the web application starts and stops
        if ((name.equals("contextInitialized") || name.equals("contextDestroyed")) && arity == 1
                && m.getParameter(0).getType().asString().endsWith("ServletContextEvent")) {
            return true;
        }
        Optional<TypeDeclaration<?>> owner = m.findAncestor(TypeDeclaration.class).map(t -> (TypeDeclaration<?>) t);
        if (owner.isPresent() && owner.get() instanceof ClassOrInterfaceDeclaration cls) {
            if ((name.equals("init") && arity <= 1 || name.equals("destroy") && arity == 0 || name.equals("initFilterBean"))
                    && webComponent(cls).isPresent()) {
                return true;
            }
            // Spring's FrameworkServlet / HttpServletBean hooks, which Servlet.init(ServletConfig) calls
            if ((name.equals("initFrameworkServlet") || name.equals("initServletBean")) && arity == 0
                    && (m.getAnnotationByName("Override").isPresent() || webComponent(cls).isPresent())) {
                return true;
            }
            if (name.equals("run") && implementsAny(cls, RUNNERS)) {
                return true;
            }
        }
        return false;
    }

    private boolean implementsAny(ClassOrInterfaceDeclaration cls, Set<String> fqns) {
        return cls.getImplementedTypes().stream().anyMatch(t -> Names.refersTo(t.getNameWithScope(), cls, fqns));
    }

    /**
     * A public instance {@code void setX(x)} with no annotation but {@code @Override} that no call
     * in the sources names (with one argument, outside the setter itself): only the container's
     * configuration (a bean property, XML {@code <property>}) calls it, whatever its body does.
     */
    private boolean isUncalledPropertySetter(MethodDeclaration m) {
        String name = m.getNameAsString();
        if (!(name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))) || m.getParameters().size() != 1
                || !m.isPublic() || m.isStatic() || !m.getType().isVoidType() || m.getBody().isEmpty()
                || m.getAnnotations().stream().anyMatch(a -> !a.getName().getIdentifier().equals("Override"))
                || enclosingType(m).map(t -> t instanceof ClassOrInterfaceDeclaration c && c.isInterface()).orElse(true)) {
            return false;
        }
        return callGraph.callsNamed(name).stream()
                .noneMatch(call -> call.getArguments().size() == 1 && enclosingCallable(call).map(c -> c != m).orElse(true));
    }

    /**
     * A bean property setter, not mapped to a request: {@code setX(x) { this.x = x; }} or one that
     * copies the value into the field's collection ({@code this.filters.putAll(filters)}, after an
     * optional {@code clear()}). Configuration code calls it once.
     */
    private static boolean isConfigurationSetter(MethodDeclaration m) {
        String name = m.getNameAsString();
        if (!(name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))) || m.getParameters().size() != 1) {
            return false;
        }
        if (m.getAnnotations().stream().anyMatch(a -> a.getName().getIdentifier().endsWith("Mapping"))) {
            return false;
        }
        if (m.getBody().isEmpty() || m.getBody().get().getStatements().isEmpty() || m.getBody().get().getStatements().size() > 2) {
            return false;
        }
        String parameter = m.getParameter(0).getNameAsString();
        List<com.github.javaparser.ast.stmt.Statement> statements = m.getBody().get().getStatements();
        if (statements.size() == 2 && !(statements.get(0) instanceof ExpressionStmt first
                && first.getExpression() instanceof MethodCallExpr clear && clear.getNameAsString().equals("clear")
                && clear.getArguments().isEmpty())) {
            return false;
        }
        if (!(statements.get(statements.size() - 1) instanceof ExpressionStmt statement)) {
            return false;
        }
        Expression value;
        if (statement.getExpression() instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
            value = assign.getValue();
        } else if (statement.getExpression() instanceof MethodCallExpr copy && Set.of("putAll", "addAll").contains(copy.getNameAsString())
                && copy.getArguments().size() == 1 && copy.getScope().isPresent()) {
            value = copy.getArgument(0);
        } else {
            return false;
        }
        return value.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(parameter))
                || value instanceof NameExpr n && n.getNameAsString().equals(parameter);
    }
}

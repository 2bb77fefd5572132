package io.github.raceguard.context;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SingletonsTest {

    @TempDir
    Path dir;

    private static final Map<String, String> SOURCES = Map.of(
            "t/Beans.java", """
                    package t;
                    import org.springframework.stereotype.*;
                    import org.springframework.context.annotation.*;
                    import org.springframework.web.context.annotation.RequestScope;
                    import org.springframework.beans.factory.config.ConfigurableBeanFactory;
                    @Service class PlainService { }
                    @Component @Scope("prototype") class Prototype { }
                    @Component @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE) class PrototypeByConstant { }
                    @Component @Scope(value = "singleton", proxyMode = ScopedProxyMode.TARGET_CLASS) class ExplicitSingleton { }
                    @Component @RequestScope class PerRequest { }
                    @UseCase class CustomStereotype { }
                    @Service class Leaf extends Base { }
                    abstract class Base { }
                    class Plain { }
                    @Configuration class Config {
                        @Bean Made made() { return new Made(); }
                        @Bean @Scope("prototype") Fresh fresh() { return new Fresh(); }
                    }
                    class Made { }
                    class Fresh { }
                    @jakarta.enterprise.context.ApplicationScoped class CdiShared { }
                    @jakarta.enterprise.context.RequestScoped class CdiPerRequest { }
                    @jakarta.ejb.Singleton class ContainerSerialized { }
                    """,
            "t/UseCase.java", """
                    package t;
                    @org.springframework.stereotype.Service
                    public @interface UseCase { }
                    """,
            "t/web/Web.java", """
                    package t.web;
                    import jakarta.servlet.http.*;
                    import jakarta.servlet.*;
                    import org.springframework.web.filter.OncePerRequestFilter;
                    class IdServlet extends HttpServlet {
                        private String prefix;
                        @Override public void init(ServletConfig config) { prefix = "x"; }
                    }
                    abstract class AuditFilter extends OncePerRequestFilter { }
                    class TimingFilter extends AuditFilter { }
                    class RawFilter implements Filter { }
                    class NotAServletFilter implements java.util.function.Predicate<String> {
                        public boolean test(String s) { return true; }
                    }
                    """,
            "t/Lifecycle.java", """
                    package t;
                    import jakarta.annotation.PostConstruct;
                    import org.springframework.stereotype.Service;
                    import org.springframework.web.bind.annotation.PostMapping;
                    @Service class Lifecycle implements org.springframework.beans.factory.InitializingBean {
                        private int limit;
                        @PostConstruct void load() { fill(); }
                        private void fill() { limit = 1; }
                        private void both() { limit = 2; }
                        public void request() { both(); setComputedPerRequest(7); }
                        @PostConstruct void init() { both(); }
                        public void afterPropertiesSet() { }
                        public void setLimit(int limit) { this.limit = limit; }
                        @PostMapping("/limit") public void setLimitFromRequest(int limit) { this.limit = limit; }
                        public void setComputed(int limit) { this.limit = limit; log(); }
                        public void setComputedPerRequest(int limit) { this.limit = limit; log(); }
                        void setHidden(int limit) { this.limit = limit; log(); }
                        private void log() { }
                        public void run(Runnable r) { }
                        private void deferred() { limit = 3; }
                        @PostConstruct void schedule() { run(() -> deferred()); }
                        private void twice(int n) { limit = n; }
                        @PostConstruct void start() { twice(1); twice(2); }
                        @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
                        void ready() { limit = 4; }
                        public void onApplicationEvent(org.springframework.context.event.ContextRefreshedEvent event) { limit = 5; }
                        @org.springframework.context.event.EventListener void onOrder(String orderPlaced) { limit = 6; }
                    }
                    """);

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, SOURCES);
    }

    private static TypeDeclaration<?> type(ProjectModel model, String fqn) {
        return model.types().sourceType(fqn).orElseThrow(() -> new AssertionError(fqn));
    }

    private static boolean singleton(ProjectModel model, String fqn) {
        return model.singletons().isSingleton(type(model, fqn));
    }

    @Test
    void springStereotypesAreSingletonsUnlessScopedNarrower() throws Exception {
        ProjectModel model = model();
        assertTrue(singleton(model, "t.PlainService"));
        assertTrue(singleton(model, "t.ExplicitSingleton"));
        assertTrue(singleton(model, "t.Config"));
        assertFalse(singleton(model, "t.Prototype"));
        assertFalse(singleton(model, "t.PrototypeByConstant"));
        assertFalse(singleton(model, "t.PerRequest"));
        assertFalse(singleton(model, "t.Plain"));
    }

    @Test
    void customStereotypesBeanMethodsAndBaseClasses() throws Exception {
        ProjectModel model = model();
        assertTrue(singleton(model, "t.CustomStereotype"));
        assertTrue(singleton(model, "t.Made"));
        assertFalse(singleton(model, "t.Fresh"));
        assertTrue(singleton(model, "t.Base"), "a base class of a singleton bean holds singleton state");
        assertTrue(model.singletons().of(type(model, "t.Base")).orElseThrow().description().contains("Leaf"));
    }

    @Test
    void cdiScopes() throws Exception {
        ProjectModel model = model();
        assertTrue(singleton(model, "t.CdiShared"));
        assertFalse(singleton(model, "t.CdiPerRequest"));
        // one shared instance; the container's WRITE lock around its methods is a lock (EjbConcurrency, Synchronization)
        assertTrue(singleton(model, "t.ContainerSerialized"), "an EJB @Singleton is one shared instance");
        assertTrue(model.singletons().of(type(model, "t.ContainerSerialized")).orElseThrow().description()
                .contains("container-managed concurrency"));
    }

    @Test
    void servletsAndFiltersWithoutAClasspath() throws Exception {
        ProjectModel model = model();
        assertTrue(singleton(model, "t.web.IdServlet"));
        assertTrue(singleton(model, "t.web.TimingFilter"), "through a source superclass");
        assertTrue(singleton(model, "t.web.RawFilter"), "Filter through the wildcard import of jakarta.servlet");
        assertFalse(singleton(model, "t.web.NotAServletFilter"));
        assertEquals("servlet IdServlet (one instance serves every request)",
                model.singletons().of(type(model, "t.web.IdServlet")).orElseThrow().description());
    }

    private static CallableDeclaration<?> method(ProjectModel model, String fqn, String name) {
        return type(model, fqn).getMethodsByName(name).get(0);
    }

    @Test
    void aHelperCalledTwiceFromSetUpIsSetUpWhicheverIsAskedFirst() throws Exception {
        ProjectModel model = model();
        assertTrue(model.singletons().runsAtSetUp(method(model, "t.Lifecycle", "twice")));
    }

    @Test
    void setUpMethods() throws Exception {
        ProjectModel model = model();
        Singletons singletons = model.singletons();
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "load")));
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "fill")), "a private helper only called from @PostConstruct");
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "both")), "also called from a request method");
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "afterPropertiesSet")));
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "setLimit")), "a configuration setter");
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "setLimitFromRequest")), "a request handler");
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "setComputed")), "a public setter nothing calls, whatever its body");
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "setComputedPerRequest")), "called from request code");
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "setHidden")), "more than an assignment, not public");
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "request")));
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "deferred")), "called from a lambda that may run later");
        assertTrue(singletons.runsAtSetUp(method(model, "t.web.IdServlet", "init")));
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "ready")), "a startup event listener");
        assertTrue(singletons.runsAtSetUp(method(model, "t.Lifecycle", "onApplicationEvent")));
        assertFalse(singletons.runsAtSetUp(method(model, "t.Lifecycle", "onOrder")), "a business event arrives at any time");
    }
}

package com.example.realcode.setup;

import org.springframework.web.servlet.DispatcherServlet;

/**
 * Shape of openmrs-core web/.../module/web/WebModuleUtil.java: a static holder of the dispatcher
 * servlet, set by {@code setDispatcherServlet}, which only {@link ModuleDispatcherServlet}'s
 * {@code initFrameworkServlet} (servlet initialisation) calls: not reported. Clearing it from a
 * request handler ({@link CacheAdminController}) is a race.
 */
public final class ModuleWebRegistry {

    private static DispatcherServlet dispatcherServlet;

    private ModuleWebRegistry() {
    }

    public static void setDispatcherServlet(DispatcherServlet ds) {
        dispatcherServlet = ds;
    }

    public static void forgetDispatcherServlet() {
        dispatcherServlet = null; // expect: shared-mutable-state
    }

    public static DispatcherServlet dispatcherServlet() {
        return dispatcherServlet;
    }
}

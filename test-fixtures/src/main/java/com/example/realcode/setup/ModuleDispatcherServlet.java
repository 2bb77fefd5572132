package com.example.realcode.setup;

import jakarta.servlet.ServletException;

import org.springframework.web.servlet.DispatcherServlet;

/**
 * Shape of openmrs-core web/.../web/DispatcherServlet.java: Spring's {@code DispatcherServlet}
 * subclass whose {@code initFrameworkServlet} hook (called from {@code Servlet.init(ServletConfig)})
 * registers itself in {@link ModuleWebRegistry}: set-up.
 */
public class ModuleDispatcherServlet extends DispatcherServlet {

    @Override
    protected void initFrameworkServlet() throws ServletException {
        ModuleWebRegistry.setDispatcherServlet(this);
        super.initFrameworkServlet();
    }
}

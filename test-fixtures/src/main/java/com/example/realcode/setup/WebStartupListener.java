package com.example.realcode.setup;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Shape of openmrs-core web/.../web/Listener.java: a {@code ServletContextListener} whose
 * {@code contextInitialized} calls the private {@code loadConstants}, which fills static
 * settings from web.xml init parameters. The container calls it once, at start-up: not reported.
 */
public class WebStartupListener implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        loadConstants(event.getServletContext());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        WebSettings.webappName = null;
    }

    private void loadConstants(ServletContext servletContext) {
        WebSettings.webappName = servletContext.getContextPath();
        WebSettings.repositoryUrl = servletContext.getInitParameter("module.repository.url");
    }
}

package com.example.realcode.setup;

/**
 * Shape of openmrs-core web/.../web/WebConstants.java: public static settings that
 * {@link WebStartupListener} fills from the servlet context at start-up. Changing one from
 * request code ({@link CacheAdminController}) is a race.
 */
public final class WebSettings {

    public static String webappName;

    public static String repositoryUrl;

    private WebSettings() {
    }

    public static void reloadRepositoryUrl(String url) {
        repositoryUrl = url; // expect: shared-mutable-state
    }
}

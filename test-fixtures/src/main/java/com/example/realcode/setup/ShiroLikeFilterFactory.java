package com.example.realcode.setup;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bean property setter that copies into the field's map, called from a @Bean method: shape of
 * Shiro's ShiroFilterFactoryBean.setFilters / setFilterChainDefinitionMap as configured in
 * RuoYi-style ShiroConfig classes (@Bean shiroFilterFactoryBean(..) { factory.setFilters(map); }).
 * A private setter called from request code is request code.
 */
public class ShiroLikeFilterFactory {

    private final Map<String, String> filters = new LinkedHashMap<>();
    private final Map<String, String> chain = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private String loginUrl = "/login";

    public void setFilters(Map<String, String> filters) {
        this.filters.putAll(filters);
    }

    public void setFilterChainDefinitionMap(Map<String, String> chain) {
        this.chain.clear();
        this.chain.putAll(chain);
    }

    public String filterFor(String path) {
        return chain.getOrDefault(path, filters.get("authc"));
    }

    // request code calls the private setter: not configuration
    public void applyOverrides(Map<String, String> requested) {
        setOverrides(requested);
    }

    public void redirectLoginTo(String url) {
        setLoginUrl(url);
    }

    private void setLoginUrl(String loginUrl) {
        this.loginUrl = loginUrl; // expect: shared-mutable-state
    }

    public String loginUrl() {
        return loginUrl;
    }

    private void setOverrides(Map<String, String> overrides) {
        this.overrides.putAll(overrides); // expect: shared-mutable-state
    }
}

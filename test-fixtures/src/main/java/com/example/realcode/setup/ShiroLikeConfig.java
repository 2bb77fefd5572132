package com.example.realcode.setup;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ShiroLikeConfig {

    @Bean
    public ShiroLikeFilterFactory shiroFilterFactory() {
        ShiroLikeFilterFactory factory = new ShiroLikeFilterFactory();
        factory.setFilters(Map.of("authc", "form"));
        factory.setFilterChainDefinitionMap(Map.of("/login", "anon"));
        return factory;
    }

    @Bean
    public StorageRegistry storageRegistry() {
        return StorageRegistry.create("local");
    }
}

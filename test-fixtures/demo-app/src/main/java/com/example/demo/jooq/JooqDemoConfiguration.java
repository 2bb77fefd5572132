package com.example.demo.jooq;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.autoconfigure.jooq.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * jOOQ on Spring Boot's DataSource (spring-boot-starter-jooq: DSLContext bean, Spring-managed
 * transactions). Names are rendered unquoted so the lower-case names of the generated-style
 * classes match the table Hibernate creates on H2 (upper case) and on PostgreSQL (lower case).
 */
@Configuration
public class JooqDemoConfiguration {

    @Bean
    public DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}

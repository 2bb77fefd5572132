package com.example.realcode.setup;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Filled once by a startup runner bean ({@link CatalogStartup}): the shape of spring-data-examples'
 * and many Spring Boot samples' {@code @Bean CommandLineRunner init(..) { return args -> ..; }}
 * data loading. Adding a country per request is a race.
 */
@Service
public class CountryCatalog {

    private final Map<String, String> countries = new HashMap<>();

    public void loadAll() {
        countries.put("NL", "Netherlands");
        countries.put("DE", "Germany");
    }

    public void add(String code, String name) {
        countries.put(code, name); // expect: shared-mutable-state
    }

    public String name(String code) {
        return countries.get(code);
    }
}

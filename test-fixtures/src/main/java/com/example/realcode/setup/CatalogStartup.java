package com.example.realcode.setup;

import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class CatalogStartup {

    @Bean
    public CommandLineRunner loadCountries(CountryCatalog catalog) {
        return args -> catalog.loadAll();
    }
}

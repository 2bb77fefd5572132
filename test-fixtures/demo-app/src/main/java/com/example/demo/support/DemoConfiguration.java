package com.example.demo.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class DemoConfiguration {

    /** The application's hook does nothing; the tests replace it with a {@code @Primary} one. */
    @Bean
    RaceHook raceHook() {
        return RaceHook.NONE;
    }
}

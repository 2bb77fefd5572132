package com.example.realcode.setup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Shape of RuoYi-Vue-Plus ruoyi-modules/ruoyi-generator/.../config/GenConfig.java: a
 * {@code @Component @ConfigurationProperties} holder whose {@code @Value} setters store into
 * static fields for static getters. Spring creates one instance and calls the setters once, at
 * set-up. Changing the static prefix from request code is a race.
 */
@Component
@ConfigurationProperties(prefix = "realcode.gen")
public class GeneratorSettings {

    public static String author;

    public static String tablePrefix;

    public static String getAuthor() {
        return author;
    }

    @Value("${realcode.gen.author:raceguard}")
    public void setAuthor(String author) {
        GeneratorSettings.author = author;
    }

    public static void overrideTablePrefix(String prefix) {
        tablePrefix = prefix; // expect: shared-mutable-state
    }
}

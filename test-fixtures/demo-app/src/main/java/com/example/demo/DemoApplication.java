package com.example.demo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop whose services come in two kinds: the ones in packages ending {@code .racy} lose
 * data when requests run concurrently, the ones in packages ending {@code .fixed} do not, each
 * with one protection (a version with retry, a pessimistic row lock, an atomic conditional
 * UPDATE, a unique constraint, SERIALIZABLE with retry). Every service is reachable over HTTP
 * under {@code /api/{domain}/{variant}/...}.
 */
@SpringBootApplication
public class DemoApplication {

    public static void main(String[] args) {
        SpringApplication.run(DemoApplication.class, args);
    }
}

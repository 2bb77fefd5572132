package com.example.mn.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.concurrent.atomic.AtomicLong;

/** A Micronaut controller is a singleton: every request shares its fields. */
@Controller("/stats")
public class StatsController {

    private long served;
    private final AtomicLong safeServed = new AtomicLong();

    @Get("/hit")
    public long hit() {
        served++; // expect: shared-mutable-state
        return served;
    }

    /** Safe twin: an atomic counter. */
    @Get("/hit-safe")
    public long hitSafely() {
        return safeServed.incrementAndGet();
    }
}

package com.example.demo.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Finds the implementation of a domain interface that serves {@code /api/{domain}/{variant}}. */
public final class Variants {

    private Variants() {
    }

    public static <T> Map<String, T> byName(List<T> implementations, Function<T, String> name) {
        Map<String, T> byName = new TreeMap<>();
        for (T implementation : implementations) {
            if (byName.put(name.apply(implementation), implementation) != null) {
                throw new IllegalStateException("two implementations of variant " + name.apply(implementation));
            }
        }
        return byName;
    }

    public static <T> T get(Map<String, T> variants, String variant) {
        T implementation = variants.get(variant);
        if (implementation == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no variant " + variant + "; known: " + variants.keySet());
        }
        return implementation;
    }
}

package com.example.ids;

/** No stereotype: a singleton because {@link IdConfiguration} declares it as a @Bean. */
public class ShortCodeGenerator {

    private final String prefix;
    private int counter;

    public ShortCodeGenerator(String prefix) {
        this.prefix = prefix;
    }

    public String next() {
        counter++; // expect: shared-mutable-state
        return prefix + Integer.toString(counter, 36);
    }
}

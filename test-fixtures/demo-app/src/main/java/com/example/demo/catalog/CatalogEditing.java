package com.example.demo.catalog;

/** Back-office renames of catalogue items next to orders that take stock: one implementation per variant. */
public interface CatalogEditing {

    /** The path segment of the variant's endpoints. */
    String variant();

    long createItem(String name, int stock);

    int stock(long itemId);

    String name(long itemId);

    /** @return whether the units were taken ({@code false}: not enough left) */
    boolean order(long itemId, int quantity);

    void rename(long itemId, String name);
}

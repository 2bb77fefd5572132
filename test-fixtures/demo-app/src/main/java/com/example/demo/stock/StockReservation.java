package com.example.demo.stock;

/** Reserving units of a product: one implementation per variant. */
public interface StockReservation {

    /** The path segment of the variant's endpoints. */
    String variant();

    long createProduct(int available);

    int available(long productId);

    /** @return whether the units were reserved ({@code false}: not enough left) */
    boolean reserve(long productId, int quantity);
}

package com.example.shop.service;

import com.example.shop.entity.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

@ApplicationScoped
public class InventoryService {

    /** Checks then decrements the stock read: two checkouts can both pass the check and sell the last unit twice. */
    @Transactional
    public Product reserve(Long productId, int quantity) {
        Product product = Product.findById(productId);
        if (product == null || product.stock < quantity) {
            throw new WebApplicationException("out of stock", 409);
        }
        product.stock -= quantity; // expect: lost-update-weak-isolation
        return product;
    }

    /** The database adds the units back itself. */
    @Transactional
    public void release(Long productId, int quantity) {
        Product.update("stock = stock + ?1 where id = ?2", quantity, productId);
    }
}

package com.example.demo.stock.fixed;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with {@code @Lock(PESSIMISTIC_WRITE)}: the read is {@code SELECT ... FOR UPDATE} inside
 * the transaction, so the next request waits at its read until this one has committed, and then
 * reads the new stock.
 */
@Service
public class LockingStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/locked";

    private final ProductRepository products;
    private final RaceHook hook;

    public LockingStockReservation(ProductRepository products, RaceHook hook) {
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "locked";
    }

    @Override
    public long createProduct(int available) {
        return products.save(new Product(available)).getId();
    }

    @Override
    public int available(long productId) {
        return products.findById(productId).orElseThrow(() -> NotFound.of("product", productId)).getAvailable();
    }

    @Override
    @Transactional
    public boolean reserve(long productId, int quantity) {
        hook.beforeRead(SCENARIO);
        Product product = products.findByIdForUpdate(productId).orElseThrow(() -> NotFound.of("product", productId));
        hook.betweenReadAndWrite(SCENARIO);
        if (product.getAvailable() < quantity) {
            return false;
        }
        product.setAvailable(product.getAvailable() - quantity);
        return true;
    }
}

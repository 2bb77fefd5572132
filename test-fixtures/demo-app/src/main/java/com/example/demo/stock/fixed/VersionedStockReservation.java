package com.example.demo.stock.fixed;

import com.example.demo.stock.StockReservation;
import com.example.demo.support.ConflictRetry;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * FIXED with {@code @Version} and a retry: the write is {@code UPDATE ... WHERE id = ? AND
 * version = ?}; a request that read a version someone else has since written fails with an
 * optimistic-lock exception and starts over from a fresh read.
 */
@Service
public class VersionedStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/versioned";

    private final VersionedProductRepository products;
    private final ConflictRetry retry;
    private final RaceHook hook;

    public VersionedStockReservation(VersionedProductRepository products, ConflictRetry retry, RaceHook hook) {
        this.products = products;
        this.retry = retry;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "versioned";
    }

    @Override
    public long createProduct(int available) {
        return products.save(new VersionedProduct(available)).getId();
    }

    @Override
    public int available(long productId) {
        return products.findById(productId).orElseThrow(() -> NotFound.of("product", productId)).getAvailable();
    }

    @Override
    public boolean reserve(long productId, int quantity) {
        return retry.run(() -> reserveOnce(productId, quantity));
    }

    private boolean reserveOnce(long productId, int quantity) {
        hook.beforeRead(SCENARIO);
        VersionedProduct product = products.findById(productId).orElseThrow(() -> NotFound.of("product", productId));
        hook.betweenReadAndWrite(SCENARIO);
        if (product.getAvailable() < quantity) {
            return false;
        }
        product.setAvailable(product.getAvailable() - quantity);
        products.save(product);
        return true;
    }
}

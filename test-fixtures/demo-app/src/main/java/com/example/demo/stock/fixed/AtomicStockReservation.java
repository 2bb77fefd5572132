package com.example.demo.stock.fixed;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with an atomic conditional UPDATE: {@code SET available = available - :q WHERE id = :id
 * AND available >= :q}. The database reads and writes the row in one statement under its row
 * lock; nothing is read into Java first.
 */
@Service
public class AtomicStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/atomic";

    private final ProductRepository products;
    private final RaceHook hook;

    public AtomicStockReservation(ProductRepository products, RaceHook hook) {
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "atomic";
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
        hook.betweenReadAndWrite(SCENARIO);
        return products.reserveIfAvailable(productId, quantity) == 1;
    }
}

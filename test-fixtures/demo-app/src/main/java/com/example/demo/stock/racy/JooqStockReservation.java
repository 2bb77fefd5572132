package com.example.demo.stock.racy;

import static com.example.demo.jooq.Tables.PRODUCT;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * RACY with jOOQ: {@code select(AVAILABLE)..fetchOne(..)}, check and subtract in Java, then
 * {@code update(PRODUCT).set(AVAILABLE, computed value)}. Two requests that read the same stock
 * both write the same "stock - quantity".
 */
@Service
public class JooqStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/jooq-racy";

    private final DSLContext dsl;
    private final ProductRepository products;
    private final RaceHook hook;

    public JooqStockReservation(DSLContext dsl, ProductRepository products, RaceHook hook) {
        this.dsl = dsl;
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "jooq-racy";
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
    public boolean reserve(long productId, int quantity) {
        hook.beforeRead(SCENARIO);
        Integer available = dsl.select(PRODUCT.AVAILABLE).from(PRODUCT).where(PRODUCT.ID.eq(productId)).fetchOne(PRODUCT.AVAILABLE);
        hook.betweenReadAndWrite(SCENARIO);
        if (available == null) {
            throw NotFound.of("product", productId);
        }
        if (available < quantity) {
            return false;
        }
        dsl.update(PRODUCT).set(PRODUCT.AVAILABLE, available - quantity).where(PRODUCT.ID.eq(productId)).execute(); // expect: lost-update
        return true;
    }
}

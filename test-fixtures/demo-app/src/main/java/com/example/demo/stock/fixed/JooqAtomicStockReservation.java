package com.example.demo.stock.fixed;

import static com.example.demo.jooq.Tables.PRODUCT;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;

/**
 * FIXED with jOOQ, atomically: {@code set(AVAILABLE, AVAILABLE.minus(q)).where(..).and(AVAILABLE.ge(q))}
 * — the database subtracts and checks in one statement; the early read only answers "sold out" fast.
 */
@Service
public class JooqAtomicStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/jooq-atomic";

    private final DSLContext dsl;
    private final ProductRepository products;
    private final RaceHook hook;

    public JooqAtomicStockReservation(DSLContext dsl, ProductRepository products, RaceHook hook) {
        this.dsl = dsl;
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "jooq-atomic";
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
        if (available == null || available < quantity) {
            return false;
        }
        return dsl.update(PRODUCT).set(PRODUCT.AVAILABLE, PRODUCT.AVAILABLE.minus(quantity))
                .where(PRODUCT.ID.eq(productId)).and(PRODUCT.AVAILABLE.ge(quantity)).execute() == 1;
    }
}

package com.example.demo.stock.fixed;

import static com.example.demo.jooq.Tables.PRODUCT;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import com.example.demo.jooq.tables.records.ProductRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

/**
 * FIXED with jOOQ, by a row lock: {@code selectFrom(PRODUCT)..forUpdate()} inside
 * {@code dsl.transactionResult(..)} (a Spring-managed transaction through spring-boot-starter-jooq),
 * the record changed and stored before the commit releases the lock.
 */
@Service
public class JooqLockingStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/jooq-locked";

    private final DSLContext dsl;
    private final ProductRepository products;
    private final RaceHook hook;

    public JooqLockingStockReservation(DSLContext dsl, ProductRepository products, RaceHook hook) {
        this.dsl = dsl;
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "jooq-locked";
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
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            hook.beforeRead(SCENARIO);
            ProductRecord product = tx.selectFrom(PRODUCT).where(PRODUCT.ID.eq(productId)).forUpdate().fetchOne();
            hook.betweenReadAndWrite(SCENARIO);
            if (product == null) {
                throw NotFound.of("product", productId);
            }
            if (product.getAvailable() < quantity) {
                return false;
            }
            product.setAvailable(product.getAvailable() - quantity);
            product.store();
            return true;
        });
    }
}

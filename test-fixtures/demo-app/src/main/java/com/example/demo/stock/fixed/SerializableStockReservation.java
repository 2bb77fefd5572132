package com.example.demo.stock.fixed;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.ConflictRetry;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FIXED with SERIALIZABLE isolation and a retry: the database refuses to commit a transaction
 * whose read was overwritten concurrently (a serialization failure), and the whole transaction
 * runs again.
 */
@Service
public class SerializableStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/serializable";

    private final ProductRepository products;
    private final TransactionTemplate serializable;
    private final ConflictRetry retry;
    private final RaceHook hook;

    public SerializableStockReservation(ProductRepository products, PlatformTransactionManager transactionManager,
            ConflictRetry retry, RaceHook hook) {
        this.products = products;
        this.serializable = new TransactionTemplate(transactionManager);
        this.serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        this.retry = retry;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "serializable";
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
        return retry.run(() -> serializable.execute(status -> {
            hook.beforeRead(SCENARIO);
            Product product = products.findById(productId).orElseThrow(() -> NotFound.of("product", productId));
            hook.betweenReadAndWrite(SCENARIO);
            if (product.getAvailable() < quantity) {
                return false;
            }
            product.setAvailable(product.getAvailable() - quantity);
            return true;
        }));
    }
}

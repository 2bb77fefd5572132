package com.example.demo.stock.racy;

import com.example.demo.stock.Product;
import com.example.demo.stock.ProductRepository;
import com.example.demo.stock.StockReservation;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * RACY: read the stock, check it, write the new value back — no transaction, no version, no lock.
 * Two requests that read the same stock both pass the check and both write "stock - quantity":
 * one reservation is lost, units are sold twice.
 */
@Service
public class PlainStockReservation implements StockReservation {

    private static final String SCENARIO = "stock/racy";

    private final ProductRepository products;
    private final RaceHook hook;

    public PlainStockReservation(ProductRepository products, RaceHook hook) {
        this.products = products;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
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
        Product product = products.findById(productId).orElseThrow(() -> NotFound.of("product", productId));
        hook.betweenReadAndWrite(SCENARIO);
        if (product.getAvailable() < quantity) {
            return false;
        }
        product.setAvailable(product.getAvailable() - quantity);
        products.save(product); // expect: lost-update
        return true;
    }
}

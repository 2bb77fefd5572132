package com.acme.shop.service;

import com.acme.shop.domain.Product;
import com.acme.shop.domain.ProductRepository;
import org.springframework.stereotype.Service;

/** Safe: Product has a @Version, a concurrent change makes the save fail instead of being lost. */
@Service
public class PricingService {

    private final ProductRepository products;

    public PricingService(ProductRepository products) {
        this.products = products;
    }

    public void discount(long id, long cents) {
        Product product = products.findById(id).orElseThrow();
        product.setPriceCents(product.getPriceCents() - cents);
        products.save(product);
    }
}

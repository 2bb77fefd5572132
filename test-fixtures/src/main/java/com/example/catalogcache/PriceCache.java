package com.example.catalogcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.stereotype.Service;

/** Prices from the pricing service, cached for a minute with Caffeine. */
@Service
public class PriceCache {

    private final CatalogLoader loader;
    private final Cache<String, BigDecimal> prices = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000)
            .build();
    private final Cache<String, BigDecimal> listPrices = Caffeine.newBuilder().maximumSize(10_000).build();

    public PriceCache(CatalogLoader loader) {
        this.loader = loader;
    }

    public BigDecimal price(String sku) {
        BigDecimal price = prices.getIfPresent(sku);
        if (price == null) {
            price = loader.price(sku);
            prices.put(sku, price); // expect: check-then-act
        }
        return price;
    }

    // the cache loads once per key, other callers wait for the value
    public BigDecimal listPrice(String sku) {
        return listPrices.get(sku, loader::price);
    }

    public void invalidate(String sku) {
        prices.invalidate(sku);
        listPrices.invalidate(sku);
    }
}

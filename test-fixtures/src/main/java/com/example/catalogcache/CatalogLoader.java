package com.example.catalogcache;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Stands in for the slow catalog backend. */
@Component
public class CatalogLoader {

    public CatalogEntry load(long id) {
        return new CatalogEntry(id, "SKU-" + id, "Item " + id, BigDecimal.TEN);
    }

    public BigDecimal price(String sku) {
        return BigDecimal.ONE;
    }

    public Map<String, BigDecimal> exchangeRates() {
        return Map.of("EUR", BigDecimal.ONE);
    }

    public List<CatalogEntry> featured() {
        return List.of();
    }
}

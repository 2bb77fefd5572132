package com.example.catalogcache;

import java.math.BigDecimal;

public record CatalogEntry(long id, String sku, String title, BigDecimal price) {
}

package com.example.inventory.dto;

import com.example.inventory.domain.Product;
import java.math.BigDecimal;

public record ProductDto(Long id, String sku, String name, BigDecimal price, int stock) {

    public static ProductDto from(Product product) {
        return new ProductDto(product.getId(), product.getSku(), product.getName(),
                product.getPrice(), product.getStock());
    }
}

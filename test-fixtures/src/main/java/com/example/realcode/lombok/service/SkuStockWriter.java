package com.example.realcode.lombok.service;

import com.example.realcode.lombok.domain.Sku;
import com.example.realcode.lombok.repository.SkuRepository;
import java.time.LocalDateTime;
import lombok.AllArgsConstructor;
import org.springframework.stereotype.Component;

/** Stamps and saves SKUs; its repository arrives through Lombok's {@code @AllArgsConstructor}. */
@Component
@AllArgsConstructor
public class SkuStockWriter {

    private final SkuRepository skuRepository;

    public void persist(Sku sku) {
        sku.setUpdateTime(LocalDateTime.now());
        skuRepository.save(sku);
    }
}

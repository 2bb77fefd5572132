package com.example.realcode.lombok.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.realcode.lombok.domain.SeckillSku;
import com.example.realcode.lombok.domain.Sku;
import com.example.realcode.lombok.repository.SeckillSkuRepository;
import com.example.realcode.lombok.repository.SkuRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock of Lombok entities; repositories and the writer bean are injected into final fields by
 * {@code @RequiredArgsConstructor}. Real shape: YunaiV/ruoyi-vue-pro yudao-module-product
 * .../service/sku/ProductSkuServiceImpl.java (stock changes on ProductSkuDO) and the
 * constructor-injected services of dromara/RuoYi-Vue-Plus (ruoyi-modules/.../service/impl).
 */
@Service
@RequiredArgsConstructor
public class SkuStockService {

    private final SkuRepository skuRepository;
    private final SeckillSkuRepository seckillSkuRepository;
    private final SkuStockWriter stockWriter;

    public void deductStock(Long skuId, int count) {
        Sku sku = skuRepository.findById(skuId).orElseThrow(() -> new NotFoundException("sku", skuId));
        if (sku.getStock() < count) {
            throw new DomainException("insufficient stock");
        }
        sku.setStock(sku.getStock() - count);
        skuRepository.save(sku); // expect: lost-update
    }

    @Transactional
    public void addSales(Long skuId, int count) {
        Sku sku = skuRepository.findById(skuId).orElseThrow(() -> new NotFoundException("sku", skuId));
        sku.setSalesCount(sku.getSalesCount() + count); // expect: lost-update-weak-isolation
    }

    // a toBuilder() copy of the row read, saved over it
    public Sku restock(Long skuId, int count) {
        Sku sku = skuRepository.findById(skuId).orElseThrow(() -> new NotFoundException("sku", skuId));
        return skuRepository.save(sku.toBuilder().stock(sku.getStock() + count).build()); // expect: lost-update
    }

    // written by another bean the constructor injects
    public void returnStock(Long skuId, int count) {
        Sku sku = skuRepository.findById(skuId).orElseThrow(() -> new NotFoundException("sku", skuId));
        sku.setStock(sku.getStock() + count);
        stockWriter.persist(sku); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: conditional atomic update in the database
    public void deductStockAtomically(Long skuId, int count) {
        if (skuRepository.deductStock(skuId, count) == 0) {
            throw new DomainException("insufficient stock");
        }
    }

    // safe: a new row built with the Lombok builder, nothing read
    public Sku create(Long spuId, int price, int stock) {
        return skuRepository.save(Sku.builder().spuId(spuId).price(price).stock(stock).salesCount(0).build());
    }

    // safe: @Version inherited from the Lombok mapped superclass
    public void deductSeckillStock(Long seckillSkuId, int count) {
        SeckillSku sku = seckillSkuRepository.findById(seckillSkuId)
                .orElseThrow(() -> new NotFoundException("seckill sku", seckillSkuId));
        sku.setStock(sku.getStock() - count);
        seckillSkuRepository.save(sku);
    }

    // safe: @Version, dirty checking bumps it at flush
    @Transactional
    public void addSeckillSales(Long seckillSkuId, int count) {
        SeckillSku sku = seckillSkuRepository.findById(seckillSkuId)
                .orElseThrow(() -> new NotFoundException("seckill sku", seckillSkuId));
        sku.setSalesCount(sku.getSalesCount() + count);
    }

    // safe: the toBuilder() copy carries the version it was read with
    public SeckillSku restockSeckill(Long seckillSkuId, int count) {
        SeckillSku sku = seckillSkuRepository.findById(seckillSkuId)
                .orElseThrow(() -> new NotFoundException("seckill sku", seckillSkuId));
        return seckillSkuRepository.save(sku.toBuilder().stock(sku.getStock() + count).build());
    }

    // safe: read only
    public boolean inStock(Long skuId, int count) {
        return skuRepository.findById(skuId).map(sku -> sku.getStock() >= count).orElse(false);
    }
}

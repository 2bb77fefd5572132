package com.example.inventory.service;

import com.example.common.NotFoundException;
import com.example.inventory.domain.Product;
import com.example.inventory.domain.StockLevel;
import com.example.inventory.dto.ProductDto;
import com.example.inventory.repository.ProductRepository;
import com.example.inventory.repository.StockLevelRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-office stock adjustments. The class-level {@code @Transactional} makes every public
 * method transactional at the default isolation, unless a method overrides it.
 */
@Service
@Transactional
public class StockAdjustmentService {

    private final ProductRepository productRepository;
    private final StockLevelRepository stockLevelRepository;

    public StockAdjustmentService(ProductRepository productRepository,
            StockLevelRepository stockLevelRepository) {
        this.productRepository = productRepository;
        this.stockLevelRepository = stockLevelRepository;
    }

    public void writeOff(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() - quantity);
        productRepository.save(product); // expect: lost-update-weak-isolation
    }

    public void applyShrinkage(Long stockLevelId, int shrinkage) {
        StockLevel level = stockLevelRepository.findById(stockLevelId)
                .orElseThrow(() -> new NotFoundException("stock level", stockLevelId));
        level.onHand -= shrinkage; // expect: lost-update-weak-isolation
    }

    public void discontinueSlowMovers(int threshold) {
        for (Product product : productRepository.findByStockLessThan(threshold)) {
            product.setDiscontinued(true); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        }
    }

    public void resetPickCounters() {
        for (StockLevel level : stockLevelRepository.findAll()) {
            level.picks = 0;
            stockLevelRepository.save(level); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        }
    }

    // a new transaction is still a transaction at default isolation
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void replenish(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() + quantity);
        productRepository.save(product); // expect: lost-update-weak-isolation
    }

    // NOT_SUPPORTED suspends the class-level transaction: this runs without one
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void syncFromErp(String sku, int erpStock) {
        Product product = productRepository.findBySku(sku)
                .orElseThrow(() -> new NotFoundException("product", sku));
        product.setStock(erpStock);
        productRepository.save(product); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // NEVER runs without a transaction as well
    @Transactional(propagation = Propagation.NEVER)
    public void renameProduct(Long productId, String name) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setName(name);
        productRepository.save(product); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the method-level SERIALIZABLE overrides the class-level default isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void recount(Long productId, int counted) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(counted);
        productRepository.save(product);
    }

    // safe: PESSIMISTIC_WRITE derived finder inside the class-level transaction
    public void reserveBySku(String sku, int quantity) {
        Product product = productRepository.findLockedBySku(sku)
                .orElseThrow(() -> new NotFoundException("product", sku));
        product.reserve(quantity);
    }

    // safe: read-only
    @Transactional(readOnly = true)
    public ProductDto describe(Long productId) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        return ProductDto.from(product);
    }
}

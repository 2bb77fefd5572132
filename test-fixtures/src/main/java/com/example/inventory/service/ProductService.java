package com.example.inventory.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.inventory.domain.Product;
import com.example.inventory.domain.StockMovement;
import com.example.inventory.dto.ProductDto;
import com.example.inventory.repository.ProductRepository;
import com.example.inventory.repository.StockMovementRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Product maintenance. No transaction anywhere in this class and {@link Product} has no version,
 * so every read-modify-write here is unprotected unless it goes through an atomic update.
 */
@Service
public class ProductService {

    private final ProductRepository productRepository;
    private final StockMovementRepository movementRepository;

    public ProductService(ProductRepository productRepository,
            StockMovementRepository movementRepository) {
        this.productRepository = productRepository;
        this.movementRepository = movementRepository;
    }

    public Product adjustStock(Long productId, int delta) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() + delta);
        return productRepository.save(product); // expect: lost-update
    }

    public void rename(Long productId, String name) {
        Product product = productRepository.findById(productId).get();
        product.setName(name);
        productRepository.save(product); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    public boolean changePrice(Long productId, BigDecimal price) {
        Product product = productRepository.findById(productId).orElse(null);
        if (product == null) {
            return false;
        }
        product.setPrice(price);
        productRepository.save(product); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        return true;
    }

    public void restock(Long productId, int quantity) {
        productRepository.findById(productId).ifPresent(product -> {
            product.setStock(product.getStock() + quantity);
            productRepository.save(product); // expect: lost-update
        });
    }

    public void discontinue(String sku) {
        Product product = productRepository.findBySku(sku)
                .orElseThrow(() -> new NotFoundException("product", sku));
        product.setDiscontinued(true);
        productRepository.saveAndFlush(product); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    public Product reserveBySku(String sku, int quantity) {
        Product product = productRepository.findBySku(sku)
                .orElseThrow(() -> new NotFoundException("product", sku));
        product.reserve(quantity);
        return productRepository.save(product); // expect: lost-update
    }

    public void applyMarkup(BigDecimal factor) {
        List<Product> products = productRepository.findAll();
        for (Product product : products) {
            product.setPrice(product.getPrice().multiply(factor).setScale(2, RoundingMode.HALF_UP));
        }
        productRepository.saveAll(products); // expect: lost-update
    }

    public Product recategorize(Long productId, String category) {
        Product product = productRepository.getReferenceById(productId);
        product.setCategory(category);
        return productRepository.save(product); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: one conditional atomic UPDATE, no read in application code
    public void reserveStock(Long productId, int quantity) {
        int updated = productRepository.decrementStock(productId, quantity);
        if (updated == 0) {
            throw new DomainException("insufficient stock for product " + productId);
        }
    }

    // safe: the read only validates; the write is the atomic conditional UPDATE
    public void reserveAfterValidation(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        if (!product.canFulfil(quantity)) {
            throw new DomainException("cannot reserve " + quantity + " of " + product.getSku());
        }
        productRepository.decrementStock(product.getId(), quantity);
    }

    // safe: atomic increment in the database
    public void receiveAtomically(Long productId, int quantity) {
        productRepository.incrementStock(productId, quantity);
    }

    // safe: compare-and-set, the UPDATE only applies while the stock is still the value read
    public boolean recordStocktake(Long productId, int counted) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        return productRepository.compareAndSetStock(product.getId(), product.getStock(), counted) == 1;
    }

    // safe: read-only
    public ProductDto getProduct(Long productId) {
        return productRepository.findById(productId)
                .map(ProductDto::from)
                .orElseThrow(() -> new NotFoundException("product", productId));
    }

    // safe: read-only
    public List<ProductDto> lowStock(int threshold) {
        return productRepository.findByStockLessThan(threshold).stream()
                .map(ProductDto::from)
                .toList();
    }

    // safe: the (detached) entity is changed only to build a preview DTO, never written back
    public ProductDto previewDiscount(Long productId, BigDecimal percent) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        BigDecimal factor = BigDecimal.ONE.subtract(percent.movePointLeft(2));
        product.setPrice(product.getPrice().multiply(factor).setScale(2, RoundingMode.HALF_UP));
        return ProductDto.from(product);
    }

    // safe: inserts a freshly constructed entity, nothing is read
    public StockMovement logMovement(String sku, int delta, String reason) {
        StockMovement movement = new StockMovement(sku, delta, reason);
        return movementRepository.save(movement);
    }
}

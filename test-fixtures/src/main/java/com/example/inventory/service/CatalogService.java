package com.example.inventory.service;

import com.example.common.NotFoundException;
import com.example.inventory.domain.CatalogItem;
import com.example.inventory.repository.CatalogItemRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Listings: {@link CatalogItem} is versioned, unless a bulk update goes around the version. */
@Service
public class CatalogService {

    private final CatalogItemRepository catalogItemRepository;

    public CatalogService(CatalogItemRepository catalogItemRepository) {
        this.catalogItemRepository = catalogItemRepository;
    }

    // the bulk UPDATE ignores @Version and writes a value computed from a stale read
    public void sell(String code, int quantity) {
        CatalogItem item = catalogItemRepository.findByCode(code)
                .orElseThrow(() -> new NotFoundException("catalog item", code));
        catalogItemRepository.updateQuantity(item.getId(), item.getQuantity() - quantity); // expect: lost-update
    }

    @Transactional
    public void reprice(Long itemId, BigDecimal factor) {
        CatalogItem item = catalogItemRepository.findById(itemId)
                .orElseThrow(() -> new NotFoundException("catalog item", itemId));
        catalogItemRepository.updateListPrice(item.getId(), item.getListPrice().multiply(factor)); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @Version on CatalogItem, save fails on a concurrent change
    public CatalogItem adjustQuantity(Long itemId, int delta) {
        CatalogItem item = catalogItemRepository.findById(itemId)
                .orElseThrow(() -> new NotFoundException("catalog item", itemId));
        item.setQuantity(item.getQuantity() + delta);
        return catalogItemRepository.save(item);
    }

    // safe: @Version on CatalogItem, dirty checking bumps the version at flush
    @Transactional
    public void retitle(Long itemId, String title) {
        CatalogItem item = catalogItemRepository.findById(itemId)
                .orElseThrow(() -> new NotFoundException("catalog item", itemId));
        item.setTitle(title);
    }

    // safe: @Version on CatalogItem
    public void restockIfListed(String code, int quantity) {
        catalogItemRepository.findByCode(code).ifPresent(item -> {
            item.setQuantity(item.getQuantity() + quantity);
            catalogItemRepository.save(item);
        });
    }

    // safe: blind write of a caller-supplied value, nothing read first
    public void setListPrice(Long itemId, BigDecimal price) {
        catalogItemRepository.updateListPrice(itemId, price);
    }

    // safe: atomic increment in the database
    public void addStock(Long itemId, int delta) {
        catalogItemRepository.addQuantity(itemId, delta);
    }
}

package com.example.inventory.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.inventory.domain.StockLevel;
import com.example.inventory.repository.StockLevelRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warehouse counters, updated through public fields of {@link StockLevel} (no version). */
@Service
public class StockLevelService {

    private final StockLevelRepository stockLevelRepository;

    public StockLevelService(StockLevelRepository stockLevelRepository) {
        this.stockLevelRepository = stockLevelRepository;
    }

    private StockLevel find(String warehouse, String sku) {
        return stockLevelRepository.findByWarehouseCodeAndSku(warehouse, sku)
                .orElseThrow(() -> new NotFoundException("stock level", warehouse + "/" + sku));
    }

    public void pick(String warehouse, String sku, int quantity) {
        StockLevel level = stockLevelRepository.findByWarehouseCodeAndSku(warehouse, sku)
                .orElseThrow(() -> new NotFoundException("stock level", warehouse + "/" + sku));
        level.onHand = level.onHand - quantity;
        stockLevelRepository.save(level); // expect: lost-update
    }

    public void receive(String warehouse, String sku, int quantity) {
        StockLevel level = stockLevelRepository.findByWarehouseCodeAndSku(warehouse, sku)
                .orElseThrow(() -> new NotFoundException("stock level", warehouse + "/" + sku));
        level.onHand += quantity;
        stockLevelRepository.save(level); // expect: lost-update
    }

    public void countPick(String warehouse, String sku) {
        StockLevel level = stockLevelRepository.findByWarehouseCodeAndSku(warehouse, sku)
                .orElseThrow(() -> new NotFoundException("stock level", warehouse + "/" + sku));
        level.picks++;
        stockLevelRepository.save(level); // expect: lost-update
    }

    // dirty checking inside the transaction: the increment itself is the write
    @Transactional
    public void registerPick(Long stockLevelId) {
        StockLevel level = stockLevelRepository.findById(stockLevelId)
                .orElseThrow(() -> new NotFoundException("stock level", stockLevelId));
        level.picks++; // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: PESSIMISTIC_WRITE finder inside the transaction, written by dirty checking
    @Transactional
    public void pickLocked(String warehouse, String sku, int quantity) {
        StockLevel level = stockLevelRepository.findForUpdateByWarehouseCodeAndSku(warehouse, sku)
                .orElseThrow(() -> new NotFoundException("stock level", warehouse + "/" + sku));
        level.onHand -= quantity;
    }

    // safe: atomic conditional UPDATE; the read only resolves the id
    public void pickAtomically(String warehouse, String sku, int quantity) {
        StockLevel level = find(warehouse, sku);
        if (stockLevelRepository.pick(level.id, quantity) == 0) {
            throw new DomainException("not enough " + sku + " in " + warehouse);
        }
    }

    // safe: read-only aggregate
    public int available(String sku) {
        return stockLevelRepository.totalOnHand(sku);
    }
}

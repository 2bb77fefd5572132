package com.example.inventory.service;

import com.example.common.NotFoundException;
import com.example.inventory.domain.Product;
import com.example.inventory.repository.ProductRepository;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Stock reservations with various (and not always sufficient) concurrency controls. */
@Service
public class StockReservationService {

    private final ProductRepository productRepository;
    private final ReentrantLock stockLock = new ReentrantLock();

    public StockReservationService(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    // synchronized only serializes threads of this JVM; other instances still race
    public synchronized void receiveShipment(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() + quantity);
        productRepository.save(product); // expect: lost-update
    }

    public void returnItem(Long productId, int quantity) {
        synchronized (this) {
            Product product = productRepository.findById(productId)
                    .orElseThrow(() -> new NotFoundException("product", productId));
            product.setStock(product.getStock() + quantity);
            productRepository.save(product); // expect: lost-update
        }
    }

    // a ReentrantLock is just as JVM-local as synchronized
    public void writeOffDamaged(Long productId, int damaged) {
        stockLock.lock();
        try {
            Product product = productRepository.findById(productId)
                    .orElseThrow(() -> new NotFoundException("product", productId));
            product.setStock(product.getStock() - damaged);
            productRepository.save(product); // expect: lost-update
        } finally {
            stockLock.unlock();
        }
    }

    // the FOR UPDATE lock lives in the repository call's own transaction and is released
    // before save runs: nothing holds the row between the read and the write
    public void reserve(Long productId, int quantity) {
        Product product = productRepository.findByIdForUpdate(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.reserve(quantity);
        productRepository.save(product); // expect: lost-update
    }

    // transaction at default isolation with a plain (non-locking) read
    @Transactional
    public void allocate(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.reserve(quantity);
        productRepository.save(product); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: PESSIMISTIC_WRITE read inside the caller's transaction, held until commit
    @Transactional
    public void allocateLocked(Long productId, int quantity) {
        Product product = productRepository.findByIdForUpdate(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.reserve(quantity);
        productRepository.save(product);
    }

    // safe: native SELECT ... FOR UPDATE inside the transaction; dirty checking writes it
    @Transactional
    public void pick(Long productId, int quantity) {
        Product product = productRepository.lockById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() - quantity);
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void transferStock(Long productId, int quantity) {
        Product product = productRepository.findById(productId)
                .orElseThrow(() -> new NotFoundException("product", productId));
        product.setStock(product.getStock() - quantity);
        productRepository.save(product);
    }
}

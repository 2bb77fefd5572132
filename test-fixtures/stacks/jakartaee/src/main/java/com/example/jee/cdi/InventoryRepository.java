package com.example.jee.cdi;

import com.example.jee.Product;
import com.example.jee.VersionedProduct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A CDI bean with JTA {@code @Transactional} (tqvarnst/coolstore-native inventory
 * InventoryRepository.updateQuantity: find, setQuantity(getQuantity() + diff), merge).
 */
@ApplicationScoped
public class InventoryRepository {

    @Inject
    EntityManager em;

    private long updates;

    public Product getById(Long id) {
        return em.find(Product.class, id);
    }

    @Transactional
    public int updateQuantity(Long id, int diff) {
        Product product = this.getById(id);
        product.setStock(product.getStock() + diff);
        em.merge(product); // expect: lost-update-weak-isolation
        updates++; // expect: shared-mutable-state
        return product.getStock();
    }

    /** Safe twin: versioned entity. */
    @Transactional
    public int updateVersioned(Long id, int diff) {
        VersionedProduct product = em.find(VersionedProduct.class, id);
        product.setStock(product.getStock() + diff);
        return product.getStock();
    }

    /** No transaction: a CDI bean has none unless @Transactional says so. */
    public int updateQuantityWithoutTransaction(Long id, int diff) {
        Product product = getById(id);
        product.setStock(product.getStock() + diff);
        em.merge(product); // expect: lost-update
        return product.getStock();
    }
}

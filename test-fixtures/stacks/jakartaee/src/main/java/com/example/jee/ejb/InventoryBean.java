package com.example.jee.ejb;

import com.example.jee.Product;
import com.example.jee.VersionedProduct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * A stateless session bean with container-managed transactions: every public method runs in a
 * REQUIRED transaction without any annotation (agoncal-book-javaee7 chapter09 InventoryEJB04:
 * {@code item.decreaseAvailableStock()} in a CMT business method; coolstore InventoryRepository:
 * find, change, merge).
 */
@Stateless
public class InventoryBean {

    @PersistenceContext
    private EntityManager em;

    /** CMT default REQUIRED: a transaction, but READ COMMITTED lets two sales read the same stock. */
    public void sell(Long productId, int quantity) {
        Product product = em.find(Product.class, productId);
        product.setStock(product.getStock() - quantity); // expect: lost-update-weak-isolation
    }

    /** The same with merge: still inside the container's transaction. */
    public void sellAndMerge(Long productId, int quantity) {
        Product product = em.find(Product.class, productId);
        product.setStock(product.getStock() - quantity);
        em.merge(product); // expect: lost-update-weak-isolation
    }

    /** Safe twin: a pessimistic read inside the container's transaction. */
    public void sellLocked(Long productId, int quantity) {
        Product product = em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE);
        product.setStock(product.getStock() - quantity);
    }

    /** Safe twin: @Version on the entity. */
    public void sellVersioned(Long productId, int quantity) {
        VersionedProduct product = em.find(VersionedProduct.class, productId);
        product.setStock(product.getStock() - quantity);
    }

    /** Safe twin: the database computes the new stock. */
    public int sellAtomically(Long productId, int quantity) {
        return em.createQuery("update Product p set p.stock = p.stock - :q where p.id = :id and p.stock >= :q")
                .setParameter("q", quantity)
                .setParameter("id", productId)
                .executeUpdate();
    }

    /** NOT_SUPPORTED suspends the transaction: the read and the merge commit on their own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void restock(Long productId, int quantity) {
        Product product = em.find(Product.class, productId);
        product.setStock(product.getStock() + quantity);
        em.merge(product); // expect: lost-update
    }
}

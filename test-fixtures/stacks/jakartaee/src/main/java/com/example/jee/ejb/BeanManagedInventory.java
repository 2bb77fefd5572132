package com.example.jee.ejb;

import com.example.jee.Product;
import com.example.jee.Shipment;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

/**
 * Bean-managed transactions (agoncal-book-javaee7 chapter09 InventoryEJB06:
 * {@code @TransactionManagement(BEAN)} with {@code ut.begin() .. ut.commit()}): only the code
 * between begin and commit runs in a transaction.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class BeanManagedInventory {

    @PersistenceContext
    private EntityManager em;

    @Resource
    private UserTransaction ut;

    /** Inside ut.begin() .. ut.commit(): a transaction, at the default isolation. */
    public void oneItemSold(Long productId) throws Exception {
        try {
            ut.begin();
            Product product = em.find(Product.class, productId);
            product.setStock(product.getStock() - 1); // expect: lost-update-weak-isolation
            ut.commit();
        } catch (Exception e) {
            ut.rollback();
            throw e;
        }
    }

    /** No begin: with BEAN management nothing opens a transaction for the method. */
    public void oneItemSoldWithoutTransaction(Long productId) {
        Product product = em.find(Product.class, productId);
        product.setStock(product.getStock() - 1);
        em.merge(product); // expect: lost-update
    }

    /** Two writes with no transaction around them. */
    public void ship(Long productId, int quantity) {
        em.persist(new Shipment(productId, quantity));
        em.createQuery("update Product p set p.stock = p.stock - :q where p.id = :id") // expect: missing-transaction
                .setParameter("q", quantity).setParameter("id", productId).executeUpdate();
    }

    /** Safe twin: both writes between ut.begin() and ut.commit(). */
    public void shipInTransaction(Long productId, int quantity) throws Exception {
        ut.begin();
        em.persist(new Shipment(productId, quantity));
        em.createQuery("update Product p set p.stock = p.stock - :q where p.id = :id")
                .setParameter("q", quantity).setParameter("id", productId).executeUpdate();
        ut.commit();
    }
}

package com.example.jee.ejb;

import com.example.jee.Product;
import com.example.jee.Shipment;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Self-invocation in a session bean: the container applies a {@code @TransactionAttribute} only to
 * calls through the bean's reference, like Spring's proxy (cargotracker's services call other
 * beans through injected references).
 */
@Stateless
public class OrderBean {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ShipmentLog shipmentLog;

    public void placeOrder(Long productId, int quantity) {
        em.persist(new Shipment(productId, quantity));
        this.logShipment(productId, quantity); // expect: transaction-bypass
    }

    /** Safe twin: through the other bean's reference REQUIRES_NEW applies. */
    public void placeOrderLogged(Long productId, int quantity) {
        em.persist(new Shipment(productId, quantity));
        shipmentLog.logShipment(productId, quantity);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void logShipment(Long productId, int quantity) {
        em.persist(new Shipment(productId, -quantity));
    }

    /** NEVER: two writes that commit one by one. */
    @TransactionAttribute(TransactionAttributeType.NEVER)
    public void importShipments(Long productId) {
        em.persist(new Shipment(productId, 1));
        em.persist(new Shipment(productId, 2)); // expect: missing-transaction
    }

    /** Safe twin: the class default REQUIRED spans both writes. */
    public void importShipmentsTogether(Long productId) {
        em.persist(new Shipment(productId, 1));
        em.persist(new Shipment(productId, 2));
    }

    /** A business method without any annotation: REQUIRED by default, at the default isolation. */
    public void adjust(Long productId, int delta) {
        Product product = em.find(Product.class, productId);
        product.setStock(product.getStock() + delta); // expect: lost-update-weak-isolation
    }
}

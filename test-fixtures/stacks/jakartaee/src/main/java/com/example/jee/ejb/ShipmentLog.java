package com.example.jee.ejb;

import com.example.jee.Shipment;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A log bean whose method runs in its own transaction. */
@Stateless
public class ShipmentLog {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void logShipment(Long productId, int quantity) {
        em.persist(new Shipment(productId, -quantity));
    }
}

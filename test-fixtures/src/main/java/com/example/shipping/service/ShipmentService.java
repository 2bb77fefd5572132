package com.example.shipping.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.shipping.domain.Shipment;
import com.example.shipping.mapper.ShipmentMapper;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Shipment tracking through the annotation-based {@link ShipmentMapper}. */
@Service
public class ShipmentService {

    private static final int MAX_DELIVERY_ATTEMPTS = 3;

    private final ShipmentMapper shipmentMapper;

    public ShipmentService(ShipmentMapper shipmentMapper) {
        this.shipmentMapper = shipmentMapper;
    }

    public void dispatch(Long shipmentId) {
        Shipment shipment = shipmentMapper.selectById(shipmentId);
        if (shipment == null) {
            throw new NotFoundException("shipment", shipmentId);
        }
        shipment.setStatus("OUT_FOR_DELIVERY");
        shipmentMapper.updateById(shipment); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    @Transactional
    public void reweigh(Long shipmentId, int extraGrams) {
        Shipment shipment = shipmentMapper.selectById(shipmentId);
        shipment.setWeightGrams(shipment.getWeightGrams() + extraGrams);
        shipmentMapper.updateById(shipment); // expect: lost-update-weak-isolation
    }

    public void recordFailedDelivery(String trackingNumber) {
        Shipment shipment = shipmentMapper.selectByTrackingNumber(trackingNumber);
        shipmentMapper.updateDeliveryAttempts(shipment.getId(), shipment.getDeliveryAttempts() + 1); // expect: lost-update
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void holdAll(String status) {
        List<Shipment> shipments = shipmentMapper.selectByStatus(status);
        for (Shipment shipment : shipments) {
            shipment.setStatus("ON_HOLD");
            shipmentMapper.updateById(shipment); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the read only validates; "delivery_attempts = delivery_attempts + 1" is atomic
    public void retryDelivery(String trackingNumber) {
        Shipment shipment = shipmentMapper.selectByTrackingNumber(trackingNumber);
        if (shipment.getDeliveryAttempts() >= MAX_DELIVERY_ATTEMPTS) {
            throw new DomainException("shipment " + trackingNumber + " goes back to the sender");
        }
        shipmentMapper.incrementDeliveryAttempts(shipment.getId());
    }

    // safe: SELECT ... FOR UPDATE inside the transaction
    @Transactional
    public void relabel(Long shipmentId, String trackingNumber) {
        Shipment shipment = shipmentMapper.selectByIdForUpdate(shipmentId);
        shipment.setTrackingNumber(trackingNumber);
        shipmentMapper.updateById(shipment);
    }

    // safe: optimistic "where version = #{version}" update
    public boolean deliver(Long shipmentId) {
        Shipment shipment = shipmentMapper.selectById(shipmentId);
        return shipmentMapper.updateStatusIfUnchanged(shipmentId, "DELIVERED", shipment.getVersion()) == 1;
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void correctWeight(Long shipmentId, int deltaGrams) {
        Shipment shipment = shipmentMapper.selectById(shipmentId);
        shipment.setWeightGrams(shipment.getWeightGrams() + deltaGrams);
        shipmentMapper.updateById(shipment);
    }

    // safe: MyBatis has no dirty checking; the changed object is never written back
    @Transactional
    public ShipmentView previewReturn(Long shipmentId) {
        Shipment shipment = shipmentMapper.selectById(shipmentId);
        shipment.setStatus("RETURNING");
        return new ShipmentView(shipment.getTrackingNumber(), shipment.getStatus(), shipment.getWeightGrams(),
                shipment.getDeliveryAttempts());
    }

    // safe: inserts a new row
    public Shipment create(String trackingNumber, int weightGrams) {
        Shipment shipment = new Shipment(trackingNumber, weightGrams);
        shipmentMapper.insert(shipment);
        return shipment;
    }

    // safe: read-only
    public List<ShipmentView> byStatus(String status) {
        return shipmentMapper.selectByStatus(status).stream()
                .map(s -> new ShipmentView(s.getTrackingNumber(), s.getStatus(), s.getWeightGrams(),
                        s.getDeliveryAttempts()))
                .toList();
    }
}

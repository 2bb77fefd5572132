package com.example.messaging.consumers;

import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ShipmentBooking {

    private final ShipmentRepository shipments;

    public ShipmentBooking(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Transactional
    public Shipment book(String orderNo) {
        return shipments.save(new Shipment(orderNo));
    }
}

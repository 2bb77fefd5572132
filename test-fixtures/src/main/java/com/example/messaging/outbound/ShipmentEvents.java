package com.example.messaging.outbound;

import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentBooked;
import com.example.messaging.domain.ShipmentRepository;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Application events: a synchronous @EventListener runs in the publisher's transaction, a
 * @TransactionalEventListener after its commit.
 */
@Component
public class ShipmentEvents {

    private final StreamBridge bridge;
    private final ShipmentRepository shipments;
    private final ApplicationEventPublisher events;

    public ShipmentEvents(StreamBridge bridge, ShipmentRepository shipments, ApplicationEventPublisher events) {
        this.bridge = bridge;
        this.shipments = shipments;
        this.events = events;
    }

    @TransactionalEventListener
    public void afterCommit(ShipmentBooked event) {
        bridge.send("shipments-out", event);
    }

    // published from cancel() inside its transaction: the message leaves before the commit
    @EventListener
    public void onCancelled(ShipmentCancelled event) {
        bridge.send("shipments-cancelled", event); // expect: side-effect-in-transaction
    }

    @Transactional
    public void cancel(Long id) {
        Shipment shipment = shipments.findById(id).orElseThrow();
        shipment.setStatus(Shipment.Status.CREATED);
        events.publishEvent(new ShipmentCancelled(id));
    }

    public record ShipmentCancelled(Long shipmentId) {
    }
}

package com.example.messaging.consumers;

import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentRepository;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.springframework.stereotype.Component;

/** A plain JMS MessageListener registered in a listener container. */
@Component
public class RefundMessageListener implements MessageListener {

    private final ShipmentRepository shipments;

    public RefundMessageListener(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @Override
    public void onMessage(Message message) { // expect: non-idempotent-consumer
        try {
            String orderNo = ((TextMessage) message).getText();
            shipments.save(new Shipment(orderNo + "-return"));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.example.messaging.consumers;

import com.example.messaging.domain.OrderPaid;
import com.example.messaging.domain.ProcessedMessage;
import com.example.messaging.domain.ProcessedMessageRepository;
import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;

import java.util.function.Consumer;

/** Spring Cloud Stream functional consumers (bound by spring.cloud.function.definition). */
@Configuration
public class StreamFunctions {

    // each delivery of the same message creates a shipment
    @Bean
    public Consumer<OrderPaid> shipOrder(ShipmentRepository shipments) { // expect: non-idempotent-consumer
        return message -> shipments.save(new Shipment(message.orderNo()));
    }

    // the inbox insert fails on the redelivery, before the shipment is created
    @Bean
    public Consumer<OrderPaid> shipOrderOnce(ShipmentRepository shipments, ProcessedMessageRepository processed) {
        return message -> {
            try {
                processed.saveAndFlush(new ProcessedMessage(message.messageId()));
            } catch (DataIntegrityViolationException alreadyHandled) {
                return;
            }
            shipments.save(new Shipment(message.orderNo()));
        };
    }
}

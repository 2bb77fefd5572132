package com.example.messaging.outbound;

import com.example.messaging.domain.OutboxEvent;
import com.example.messaging.domain.OutboxEventRepository;
import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentBooked;
import com.example.messaging.domain.ShipmentRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * Calls to other systems made inside transactions. Shapes: a service that saves and then sends
 * the message about it (killbill's and ruoyi-vue-pro's notify-after-save services), a helper
 * bean that mails from a transactional caller (litemall's notify calls from order services), a
 * webhook POST in the transaction; their twins send after the commit, write an outbox row, or
 * only read.
 */
@Service
public class ShipmentService {

    private final ShipmentRepository shipments;
    private final OutboxEventRepository outbox;
    private final KafkaTemplate<String, Object> kafka;
    private final JmsTemplate jms;
    private final RestClient carrier;
    private final ShipmentMailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactionTemplate;

    public ShipmentService(ShipmentRepository shipments, OutboxEventRepository outbox, KafkaTemplate<String, Object> kafka,
                           JmsTemplate jms, RestClient carrier, ShipmentMailer mailer, ApplicationEventPublisher events,
                           TransactionTemplate transactionTemplate) {
        this.shipments = shipments;
        this.outbox = outbox;
        this.kafka = kafka;
        this.jms = jms;
        this.carrier = carrier;
        this.mailer = mailer;
        this.events = events;
        this.transactionTemplate = transactionTemplate;
    }

    // the message is out before the insert commits; a rollback leaves it announcing a shipment that does not exist
    @Transactional
    public Shipment create(String orderNo) {
        Shipment shipment = shipments.save(new Shipment(orderNo));
        kafka.send("shipments", orderNo, shipment.getId()); // expect: side-effect-in-transaction
        return shipment;
    }

    // the message is an outbox row: it commits or rolls back with the shipment
    @Transactional
    public Shipment createWithOutbox(String orderNo) {
        Shipment shipment = shipments.save(new Shipment(orderNo));
        outbox.save(new OutboxEvent("shipments", orderNo));
        return shipment;
    }

    // sent from a callback that runs after the commit
    @Transactional
    public Shipment createAndSendAfterCommit(String orderNo) {
        Shipment shipment = shipments.save(new Shipment(orderNo));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kafka.send("shipments", orderNo, shipment.getId());
            }
        });
        return shipment;
    }

    // the event is handled after the commit (ShipmentEvents.afterCommit)
    @Transactional
    public Shipment createAndPublish(String orderNo) {
        Shipment shipment = shipments.save(new Shipment(orderNo));
        events.publishEvent(new ShipmentBooked(shipment.getId(), orderNo));
        return shipment;
    }

    // the mail is sent by another bean, still inside this transaction: reported on the send
    @Transactional
    public void ship(Long id) {
        Shipment shipment = shipments.findById(id).orElseThrow();
        shipment.setStatus(Shipment.Status.SHIPPED);
        mailer.shipped(shipment.getOrderNo());
    }

    // a POST to the carrier inside the transaction
    @Transactional
    public void book(Long id) {
        Shipment shipment = shipments.findById(id).orElseThrow();
        shipment.setStatus(Shipment.Status.PAID);
        carrier.post().uri("/bookings").body(shipment.getOrderNo()).retrieve().toBodilessEntity(); // expect: side-effect-in-transaction
    }

    // a GET is a read: nothing escapes
    @Transactional
    public void refreshStatus(Long id) {
        Shipment shipment = shipments.findById(id).orElseThrow();
        String status = carrier.get().uri("/bookings/{no}", shipment.getOrderNo()).retrieve().body(String.class);
        shipment.setStatus(Shipment.Status.valueOf(status));
    }

    // a TransactionTemplate callback is a transaction too
    public void deliver(Long id) {
        transactionTemplate.executeWithoutResult(status -> {
            Shipment shipment = shipments.findById(id).orElseThrow();
            shipment.setStatus(Shipment.Status.DELIVERED);
            shipments.save(shipment);
            jms.convertAndSend("delivered", shipment.getOrderNo()); // expect: side-effect-in-transaction
        });
    }

    // the transaction has committed when the message is sent
    public void deliverThenNotify(Long id) {
        String orderNo = transactionTemplate.execute(status -> {
            Shipment shipment = shipments.findById(id).orElseThrow();
            shipment.setStatus(Shipment.Status.DELIVERED);
            return shipments.save(shipment).getOrderNo();
        });
        jms.convertAndSend("delivered", orderNo);
    }

    // a read-only transaction writes nothing a rollback could undo
    @Transactional(readOnly = true)
    public void resend(Long id) {
        Shipment shipment = shipments.findById(id).orElseThrow();
        kafka.send("shipments", shipment.getOrderNo(), shipment.getId());
    }
}

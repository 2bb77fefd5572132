package com.example.messaging.consumers;

import com.example.messaging.domain.OrderPaid;
import com.example.messaging.domain.ProcessedMessage;
import com.example.messaging.domain.ProcessedMessageRepository;
import com.example.messaging.domain.RewardAccountRepository;
import com.example.messaging.domain.Shipment;
import com.example.messaging.domain.ShipmentRepository;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listeners on at-least-once transports. Shapes: an order-paid consumer that creates the
 * shipment (ruoyi-vue-pro's mq/consumer packages hand a message to a service that inserts), a
 * points consumer that adds to a balance, a mail consumer (ruoyi-vue-pro MailSendConsumer sends
 * the mail the message describes); their twins check an inbox table, the order's state or
 * catch the duplicate key.
 */
@Component
public class ShipmentListeners {

    private final ShipmentRepository shipments;
    private final ProcessedMessageRepository processed;
    private final RewardAccountRepository rewards;
    private final JavaMailSender mailSender;
    private final KafkaTemplate<String, Object> kafka;
    private final ShipmentBooking booking;
    private final StringRedisTemplate redis;

    public ShipmentListeners(ShipmentRepository shipments, ProcessedMessageRepository processed, RewardAccountRepository rewards,
                             JavaMailSender mailSender, KafkaTemplate<String, Object> kafka, ShipmentBooking booking,
                             StringRedisTemplate redis) {
        this.shipments = shipments;
        this.processed = processed;
        this.rewards = rewards;
        this.mailSender = mailSender;
        this.kafka = kafka;
        this.booking = booking;
        this.redis = redis;
    }

    // a redelivered message creates a second shipment
    @KafkaListener(topics = "order-paid")
    @Transactional
    public void createShipment(OrderPaid message) { // expect: non-idempotent-consumer
        shipments.save(new Shipment(message.orderNo()));
    }

    // the message id is recorded in the inbox table (primary key) and checked first
    @KafkaListener(topics = "order-paid")
    @Transactional
    public void createShipmentOnce(OrderPaid message) {
        if (processed.existsById(message.messageId())) {
            return;
        }
        processed.save(new ProcessedMessage(message.messageId()));
        shipments.save(new Shipment(message.orderNo()));
    }

    // get-or-create: the redelivery finds the shipment the first delivery created (two concurrent
    // deliveries still race: check-then-insert)
    // (onemall UserProductSpuCollectionsConsumer: insert only when the lookup returns null)
    @KafkaListener(topics = "order-paid")
    @Transactional
    public void createShipmentIfAbsent(OrderPaid message) {
        Shipment existing = shipments.findByOrderNo(message.orderNo()).orElse(null);
        if (existing == null) {
            shipments.save(new Shipment(message.orderNo())); // expect: check-then-insert
        }
    }

    // a redelivery adds the points again
    @RabbitListener(queues = "rewards")
    @Transactional
    public void addPoints(OrderPaid message) { // expect: non-idempotent-consumer
        rewards.addPoints(message.customerId(), message.points());
    }

    // the shipment's state makes the second delivery a no-op (the row is versioned)
    @RabbitListener(queues = "rewards")
    @Transactional
    public void addPointsOnce(OrderPaid message) {
        Shipment shipment = shipments.findByOrderNo(message.orderNo()).orElseThrow();
        if (shipment.getStatus() != Shipment.Status.CREATED) {
            return;
        }
        shipment.setStatus(Shipment.Status.PAID);
        rewards.addPoints(message.customerId(), message.points());
    }

    // the same, with the effect inside the state check
    @RabbitListener(queues = "rewards")
    @Transactional
    public void addPointsWhenCreated(OrderPaid message) {
        Shipment shipment = shipments.findByOrderNo(message.orderNo()).orElseThrow();
        if (shipment.getStatus() == Shipment.Status.CREATED) {
            shipment.setStatus(Shipment.Status.PAID);
            rewards.addPoints(message.customerId(), message.points());
        }
    }

    // a null check is no state check: the second delivery still adds the points
    @RabbitListener(queues = "rewards")
    @Transactional
    public void addPointsIfShipped(OrderPaid message) { // expect: non-idempotent-consumer
        Shipment shipment = shipments.findByOrderNo(message.orderNo()).orElse(null);
        if (shipment == null) {
            return;
        }
        rewards.addPoints(message.customerId(), message.points());
    }

    // a balance check is no state check: the redelivery finds enough points again and forwards twice
    // (piomin/sample-spring-kafka-microservices payment-service OrderManageService.reserve)
    @KafkaListener(topics = "order-paid")
    public void reserve(OrderPaid message) { // expect: non-idempotent-consumer
        Shipment shipment = shipments.findByOrderNo(message.orderNo()).orElseThrow();
        if (shipment.getOrderNo().length() < message.points()) {
            kafka.send("reservations", message.orderNo(), message);
        }
    }

    // the mail goes out once per delivery
    @JmsListener(destination = "mails")
    public void sendReceipt(OrderPaid message) { // expect: non-idempotent-consumer
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setSubject("Order " + message.orderNo() + " paid");
        mailSender.send(mail);
    }

    // the message id is looked up among the handled ones first (vhr's mail server MailReceiver: a Redis hash of message ids)
    @JmsListener(destination = "mails")
    public void sendReceiptOnce(OrderPaid message) {
        if (redis.opsForHash().hasKey("mail_log", message.messageId())) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setSubject("Order " + message.orderNo() + " paid");
        mailSender.send(mail);
        redis.opsForHash().put("mail_log", message.messageId(), "sent");
    }

    // only a status update: repeating it sets the same value
    @JmsListener(destination = "shipments")
    @Transactional
    public void markShipped(OrderPaid message) {
        Shipment shipment = shipments.findByOrderNo(message.orderNo()).orElseThrow();
        shipment.setStatus(Shipment.Status.SHIPPED);
        shipments.save(shipment);
    }

    // the insert of the inbox row fails on a redelivery and the violation is handled
    @KafkaListener(topics = "order-paid")
    @Transactional
    public void recordOnce(OrderPaid message) {
        try {
            processed.save(new ProcessedMessage(message.messageId()));
        } catch (DuplicateKeyException duplicate) {
            return;
        }
    }

    // the insert is made by another bean: reported on the listener, the flow goes into the bean
    @KafkaListener(topics = "order-paid")
    public void book(OrderPaid message) { // expect: non-idempotent-consumer
        booking.book(message.orderNo());
    }

    // consume-process-produce in a Kafka transaction: the send and the offset commit are atomic
    @KafkaListener(topics = "order-paid")
    @Transactional("kafkaTransactionManager")
    public void forward(OrderPaid message) {
        kafka.send("order-paid-enriched", message.orderNo(), message);
    }

    // the same forward without a Kafka transaction sends again on a redelivery
    @KafkaListener(topics = "order-paid")
    public void forwardPlain(OrderPaid message) { // expect: non-idempotent-consumer
        kafka.send("order-paid-enriched", message.orderNo(), message);
    }

    // an in-process event, not a broker delivery: not a redelivered message
    @EventListener
    public void onLocalEvent(OrderPaid message) {
        shipments.save(new Shipment(message.orderNo()));
    }
}

package com.example.messaging.outbound;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

@Component
public class ShipmentMailer {

    private final JavaMailSender mailSender;

    public ShipmentMailer(JavaMailSender mailSender) {
        this.mailSender = mailSender;
    }

    public void shipped(String orderNo) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setSubject("Order " + orderNo + " shipped");
        mailSender.send(mail); // expect: side-effect-in-transaction
    }
}

package com.example.realcode.flow.orders;

import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Order state changes. Follows newbee-ltd/newbee-mall src/main/java/ltd/newbee/mall/service/impl/
 * NewBeeMallOrderServiceImpl.java ({@code paySuccess}: the status read decides whether the order
 * may become paid) and linlinjava/litemall litemall-wx-api/.../wx/service/WxOrderService.java
 * (the order's handle options, computed from its status, decide the transition).
 */
@Service
public class CheckoutService {

    private final CustomerOrderRepository orders;

    public CheckoutService(CustomerOrderRepository orders) {
        this.orders = orders;
    }

    // two callbacks both see PENDING and both pay: the transition is decided by the state read
    public boolean confirmPayment(String orderNo) {
        CustomerOrder order = orders.findByOrderNo(orderNo);
        if (order == null) {
            return false;
        }
        if (order.getStatus() != OrderStatus.PENDING) {
            return false;
        }
        order.setStatus(OrderStatus.PAID);
        order.setPaidAt(Instant.now());
        orders.save(order); // expect: lost-update
        return true;
    }

    // a blind overwrite with a constant: nothing read is lost
    public void archive(String orderNo) {
        CustomerOrder order = orders.findByOrderNo(orderNo);
        if (order == null) {
            return;
        }
        order.setStatus(OrderStatus.ARCHIVED);
        orders.save(order);
    }

    // the embedded lines component appends to the list it read
    public void addLine(Long orderId, String sku, int quantity) {
        CustomerOrder order = orders.findById(orderId).orElseThrow();
        order.addLine(sku, quantity);
        orders.save(order); // expect: lost-update
    }
}

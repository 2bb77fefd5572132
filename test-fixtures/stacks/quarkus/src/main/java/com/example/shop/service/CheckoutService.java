package com.example.shop.service;

import com.example.shop.entity.Coupon;
import com.example.shop.entity.Customer;
import com.example.shop.entity.OrderLine;
import com.example.shop.entity.Product;
import com.example.shop.entity.ShopOrder;
import com.example.shop.repository.CustomerRepository;
import com.example.shop.repository.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.util.Map;

@ApplicationScoped
public class CheckoutService {

    @Inject
    InventoryService inventory;

    @Inject
    CustomerRepository customers;

    @Inject
    OrderRepository orders;

    @Transactional
    public ShopOrder placeOrder(Long customerId, Map<Long, Integer> quantities, String couponCode) {
        Customer customer = customers.findByIdOptional(customerId).orElseThrow(NotFoundException::new);
        ShopOrder order = new ShopOrder();
        order.customer = customer;
        for (Map.Entry<Long, Integer> item : quantities.entrySet()) {
            Product product = inventory.reserve(item.getKey(), item.getValue());
            OrderLine line = new OrderLine();
            line.order = order;
            line.product = product;
            line.quantity = item.getValue();
            order.lines.add(line);
            order.total = order.total.add(product.price.multiply(BigDecimal.valueOf(item.getValue())));
        }
        if (couponCode != null) {
            applyCoupon(order, couponCode);
        }
        orders.persist(order);
        return order;
    }

    /** Two checkouts can both see the last use left and both take it. */
    @Transactional
    void applyCoupon(ShopOrder order, String code) {
        Coupon coupon = Coupon.find("code", code).firstResult();
        if (coupon != null && coupon.remainingUses > 0) {
            coupon.remainingUses--; // expect: lost-update-weak-isolation
            order.total = order.total.subtract(coupon.discount);
        }
    }

    /** Points are added under a row lock. */
    @Transactional
    public void awardPoints(Long customerId, int points) {
        Customer customer = customers.findById(customerId, LockModeType.PESSIMISTIC_WRITE);
        customer.loyaltyPoints += points;
    }
}

package com.example.ordering.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

@Entity
public class OrderLine extends BaseEntity {

    private Long orderId;

    private String sku;

    private int quantity;

    private BigDecimal unitPrice;

    protected OrderLine() {
    }

    public OrderLine(Long orderId, String sku, int quantity, BigDecimal unitPrice) {
        this.orderId = orderId;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }
}

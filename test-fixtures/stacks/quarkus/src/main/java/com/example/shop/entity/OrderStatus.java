package com.example.shop.entity;

public enum OrderStatus {
    OPEN, PAID, SHIPPED, CANCELLED
}

package com.example.ordering.domain;

public enum OrderStatus {
    PLACED, APPROVED, SHIPPED, CANCELLED, ARCHIVED
}

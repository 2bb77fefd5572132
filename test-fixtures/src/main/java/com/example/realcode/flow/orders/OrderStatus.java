package com.example.realcode.flow.orders;

public enum OrderStatus { PENDING, PAID, ARCHIVED }

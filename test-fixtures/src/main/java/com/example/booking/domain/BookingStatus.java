package com.example.booking.domain;

public enum BookingStatus {
    HELD, CONFIRMED, CANCELLED
}

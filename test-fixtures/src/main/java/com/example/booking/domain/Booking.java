package com.example.booking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long slotId;

    private Long customerId;

    private int seats;

    @Enumerated(EnumType.STRING)
    private BookingStatus status = BookingStatus.HELD;

    protected Booking() {
    }

    public Booking(Long slotId, Long customerId, int seats) {
        this.slotId = slotId;
        this.customerId = customerId;
        this.seats = seats;
    }

    public Long getId() {
        return id;
    }

    public Long getSlotId() {
        return slotId;
    }

    public void setSlotId(Long slotId) {
        this.slotId = slotId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getSeats() {
        return seats;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public void setStatus(BookingStatus status) {
        this.status = status;
    }
}

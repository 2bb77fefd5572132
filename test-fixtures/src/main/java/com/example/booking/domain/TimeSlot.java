package com.example.booking.domain;

import com.example.common.DomainException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** A bookable slot of a resource (room, court, table). No version. */
@Entity
public class TimeSlot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String resource;

    private LocalDateTime startsAt;

    private int capacity;

    private int booked;

    protected TimeSlot() {
    }

    public Long getId() {
        return id;
    }

    public String getResource() {
        return resource;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getBooked() {
        return booked;
    }

    /** Pure query. */
    public boolean hasRoomFor(int seats) {
        return booked + seats <= capacity;
    }

    public void book(int seats) {
        if (!hasRoomFor(seats)) {
            throw new DomainException("slot " + id + " is full");
        }
        this.booked += seats;
    }

    public void releaseAll() {
        this.booked = 0;
    }
}

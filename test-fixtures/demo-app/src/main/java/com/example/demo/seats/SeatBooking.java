package com.example.demo.seats;

/** Booking a seat: one implementation per variant. */
public interface SeatBooking {

    String variant();

    long createSeat();

    /** @return the holder, {@code null} when free */
    String holder(long seatId);

    /** @return whether {@code customer} got the seat ({@code false}: already taken) */
    boolean book(long seatId, String customer);
}

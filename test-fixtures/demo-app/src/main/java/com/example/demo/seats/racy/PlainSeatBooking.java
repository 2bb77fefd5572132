package com.example.demo.seats.racy;

import com.example.demo.seats.Seat;
import com.example.demo.seats.SeatBooking;
import com.example.demo.seats.SeatRepository;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * RACY: "is it free? then it is mine" in Java, no transaction, no version. Every customer who read
 * the seat while it was free gets a confirmation; the seat ends up with the last writer.
 */
@Service
public class PlainSeatBooking implements SeatBooking {

    private static final String SCENARIO = "seats/racy";

    private final SeatRepository seats;
    private final RaceHook hook;

    public PlainSeatBooking(SeatRepository seats, RaceHook hook) {
        this.seats = seats;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    public long createSeat() {
        return seats.save(new Seat()).getId();
    }

    @Override
    public String holder(long seatId) {
        return seats.findById(seatId).orElseThrow(() -> NotFound.of("seat", seatId)).getHolder();
    }

    @Override
    public boolean book(long seatId, String customer) {
        hook.beforeRead(SCENARIO);
        Seat seat = seats.findById(seatId).orElseThrow(() -> NotFound.of("seat", seatId));
        hook.betweenReadAndWrite(SCENARIO);
        if (seat.getHolder() != null) {
            return false;
        }
        seat.setHolder(customer);
        seats.save(seat); // expect: lost-update
        return true;
    }
}

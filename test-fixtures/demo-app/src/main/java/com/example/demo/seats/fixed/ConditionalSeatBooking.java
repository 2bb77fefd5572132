package com.example.demo.seats.fixed;

import com.example.demo.seats.Seat;
import com.example.demo.seats.SeatBooking;
import com.example.demo.seats.SeatRepository;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with a conditional UPDATE: {@code SET holder = :customer WHERE id = :id AND holder IS
 * NULL}. The database decides; exactly one request updates a row.
 */
@Service
public class ConditionalSeatBooking implements SeatBooking {

    private static final String SCENARIO = "seats/conditional";

    private final SeatRepository seats;
    private final RaceHook hook;

    public ConditionalSeatBooking(SeatRepository seats, RaceHook hook) {
        this.seats = seats;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "conditional";
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
    @Transactional
    public boolean book(long seatId, String customer) {
        hook.beforeRead(SCENARIO);
        hook.betweenReadAndWrite(SCENARIO);
        return seats.bookIfFree(seatId, customer) == 1;
    }
}

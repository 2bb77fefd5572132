package com.example.demo.seats.fixed;

import com.example.demo.seats.SeatBooking;
import com.example.demo.support.ConflictRetry;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * FIXED with {@code @Version} and a retry: one booking commits, the others fail their version
 * check, read again, see the seat taken and answer 409.
 */
@Service
public class VersionedSeatBooking implements SeatBooking {

    private static final String SCENARIO = "seats/versioned";

    private final VersionedSeatRepository seats;
    private final ConflictRetry retry;
    private final RaceHook hook;

    public VersionedSeatBooking(VersionedSeatRepository seats, ConflictRetry retry, RaceHook hook) {
        this.seats = seats;
        this.retry = retry;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "versioned";
    }

    @Override
    public long createSeat() {
        return seats.save(new VersionedSeat()).getId();
    }

    @Override
    public String holder(long seatId) {
        return seats.findById(seatId).orElseThrow(() -> NotFound.of("seat", seatId)).getHolder();
    }

    @Override
    public boolean book(long seatId, String customer) {
        return retry.run(() -> bookOnce(seatId, customer));
    }

    private boolean bookOnce(long seatId, String customer) {
        hook.beforeRead(SCENARIO);
        VersionedSeat seat = seats.findById(seatId).orElseThrow(() -> NotFound.of("seat", seatId));
        hook.betweenReadAndWrite(SCENARIO);
        if (seat.getHolder() != null) {
            return false;
        }
        seat.setHolder(customer);
        seats.save(seat);
        return true;
    }
}

package com.example.ids;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

@Component
public class OrderNumberGenerator {

    private long nextOrderNumber = 100_000;
    private final AtomicLong nextReturnNumber = new AtomicLong(500_000);

    // two requests can get the same number
    public long nextOrderNumber() {
        return nextOrderNumber++; // expect: shared-mutable-state
    }

    public long nextReturnNumber() {
        return nextReturnNumber.getAndIncrement();
    }
}

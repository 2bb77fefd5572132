package com.example.ids;

import org.springframework.stereotype.Component;

@Component
public class TicketSequence {

    private volatile int sequence;
    private volatile int lockedSequence;
    private int serial;
    private int batchSerial;

    public int nextTicket() {
        sequence = sequence + 1; // expect: check-then-act
        return sequence;
    }

    // volatile for lock-free reads, updates under the monitor
    public synchronized int nextLockedTicket() {
        return ++lockedSequence;
    }

    public int currentLockedTicket() {
        return lockedSequence;
    }

    public synchronized String nextSerial() {
        return "S-" + bumpSerial();
    }

    // only called while nextSerial holds the monitor
    private int bumpSerial() {
        return ++serial;
    }

    public synchronized String nextBatchSerial() {
        return "B-" + bumpBatchSerial();
    }

    public String peekBatchSerial() {
        return "B-" + (bumpBatchSerial() - 1);
    }

    // reached with the monitor from nextBatchSerial, without it from peekBatchSerial
    private int bumpBatchSerial() {
        return ++batchSerial; // expect: shared-mutable-state
    }
}

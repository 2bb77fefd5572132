package com.example.ids;

import java.time.Year;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;

@Service
public class InvoiceNumberService {

    private final AtomicLong lastInvoice = new AtomicLong();
    private final AtomicLong lastCreditNote = new AtomicLong();
    private final AtomicReference<NumberBlock> currentBlock = new AtomicReference<>(new NumberBlock(0, 0));
    private final AtomicReference<NumberBlock> reserveBlock = new AtomicReference<>(new NumberBlock(0, 0));
    private final AtomicReference<Year> fiscalYear = new AtomicReference<>(Year.of(2024));

    public String nextInvoiceNumber() {
        lastInvoice.set(lastInvoice.get() + 1); // expect: check-then-act
        return "INV-" + lastInvoice.get();
    }

    public String nextCreditNoteNumber() {
        return "CN-" + lastCreditNote.incrementAndGet();
    }

    // two callers can both see an exhausted block and allocate two new ones
    public long nextFromBlock() {
        NumberBlock block = currentBlock.get();
        if (block.exhausted()) {
            currentBlock.set(allocateBlock()); // expect: check-then-act
        }
        return currentBlock.get().next();
    }

    public long nextFromReserve() {
        while (true) {
            NumberBlock block = reserveBlock.get();
            if (!block.exhausted()) {
                return block.next();
            }
            if (reserveBlock.compareAndSet(block, allocateBlock())) {
                continue;
            }
        }
    }

    // reads the year only to report it: the write does not depend on it
    public Year startFiscalYear(Year year) {
        Year previous = fiscalYear.get();
        fiscalYear.set(year);
        return previous;
    }

    private NumberBlock allocateBlock() {
        return new NumberBlock(System.nanoTime(), 1000);
    }

    static final class NumberBlock {
        private final AtomicLong next;
        private final long end;

        NumberBlock(long start, long size) {
            this.next = new AtomicLong(start);
            this.end = start + size;
        }

        boolean exhausted() {
            return next.get() >= end;
        }

        long next() {
            return next.getAndIncrement();
        }
    }
}

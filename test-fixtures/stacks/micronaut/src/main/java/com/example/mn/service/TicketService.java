package com.example.mn.service;

import com.example.mn.data.Ticket;
import com.example.mn.data.TicketRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Micronaut Data JPA: Hibernate's dirty checking writes a changed entity at commit. */
@Singleton
public class TicketService {

    private final TicketRepository tickets;

    public TicketService(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Transactional
    public void claim(Long id) {
        Ticket ticket = tickets.findById(id).orElseThrow();
        ticket.setRemaining(ticket.getRemaining() - 1); // expect: lost-update-weak-isolation
    }

    /** Micronaut applies @Transactional to package-private methods too, and to calls on this. */
    @Transactional
    void release(Long id) {
        Ticket ticket = tickets.findById(id).orElseThrow();
        ticket.setRemaining(ticket.getRemaining() + 1); // expect: lost-update-weak-isolation
    }

    public void releaseAll(Iterable<Long> ids) {
        for (Long id : ids) {
            release(id);
        }
    }
}

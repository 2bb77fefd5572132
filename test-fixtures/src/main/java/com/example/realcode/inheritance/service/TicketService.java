package com.example.realcode.inheritance.service;

import com.example.common.NotFoundException;
import com.example.realcode.inheritance.domain.Ticket;
import com.example.realcode.inheritance.repository.TicketRepository;
import org.springframework.stereotype.Service;

/** Hands its repository to the generic base through the overridden abstract getter. */
@Service
public class TicketService extends RepositoryBackedService<Ticket, Long> {

    private final TicketRepository ticketRepository;

    public TicketService(TicketRepository ticketRepository) {
        this.ticketRepository = ticketRepository;
    }

    @Override
    protected TicketRepository getRepository() {
        return ticketRepository;
    }

    public void ride(Long ticketId) {
        Ticket ticket = findById(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        ticket.setRidesLeft(ticket.getRidesLeft() - 1);
        modify(ticket); // expect: lost-update
    }
}

package com.example.realcode.inheritance.repository;

import com.example.realcode.inheritance.domain.Ticket;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TicketRepository extends JpaRepository<Ticket, Long> {
}

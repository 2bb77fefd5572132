package com.example.realcode.inheritance.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.realcode.inheritance.domain.Ticket;
import com.example.realcode.inheritance.domain.Voucher;
import com.example.realcode.inheritance.repository.TicketRepository;
import com.example.realcode.inheritance.repository.VoucherRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overloads of the same name and arity told apart by argument types: only the Voucher and int
 * overloads change what they are given.
 */
@Service
@RequiredArgsConstructor
public class BoardingService {

    private final VoucherRepository voucherRepository;
    private final TicketRepository ticketRepository;

    @Transactional
    public void useVoucher(Long voucherId) {
        Voucher voucher = voucherRepository.findById(voucherId).orElseThrow(() -> new NotFoundException("voucher", voucherId));
        consume(voucher); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void topUp(Long voucherId, int uses) {
        Voucher voucher = voucherRepository.findById(voucherId).orElseThrow(() -> new NotFoundException("voucher", voucherId));
        adjust(voucher, uses); // expect: lost-update-weak-isolation
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: consume(Ticket) only checks the ticket
    @Transactional
    public String board(Long ticketId) {
        Ticket ticket = ticketRepository.findById(ticketId).orElseThrow(() -> new NotFoundException("ticket", ticketId));
        consume(ticket);
        return ticket.getCode();
    }

    // safe: adjust(Voucher, String) only validates the reason
    @Transactional
    public int review(Long voucherId, String reason) {
        Voucher voucher = voucherRepository.findById(voucherId).orElseThrow(() -> new NotFoundException("voucher", voucherId));
        adjust(voucher, reason);
        return voucher.getRemaining();
    }

    private void consume(Voucher voucher) {
        if (voucher.getRemaining() <= 0) {
            throw new DomainException("voucher used up");
        }
        voucher.setRemaining(voucher.getRemaining() - 1);
    }

    private void consume(Ticket ticket) {
        if (ticket.getRidesLeft() <= 0) {
            throw new DomainException("no rides left");
        }
    }

    private void adjust(Voucher voucher, int uses) {
        voucher.setRemaining(voucher.getRemaining() + uses);
    }

    private void adjust(Voucher voucher, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("a reason is required for voucher " + voucher.getCode());
        }
    }
}

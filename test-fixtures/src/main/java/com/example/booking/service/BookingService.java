package com.example.booking.service;

import com.example.booking.domain.Booking;
import com.example.booking.domain.BookingStatus;
import com.example.booking.domain.Customer;
import com.example.booking.domain.TimeSlot;
import com.example.booking.repository.BookingRepository;
import com.example.booking.repository.CustomerRepository;
import com.example.booking.repository.TimeSlotRepository;
import com.example.common.DomainException;
import com.example.common.NotFoundException;
import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class BookingService {

    private final TimeSlotRepository slotRepository;
    private final BookingRepository bookingRepository;
    private final CustomerRepository customerRepository;

    public BookingService(TimeSlotRepository slotRepository, BookingRepository bookingRepository,
            CustomerRepository customerRepository) {
        this.slotRepository = slotRepository;
        this.bookingRepository = bookingRepository;
        this.customerRepository = customerRepository;
    }

    // two clients can both see the last free seat
    public void holdSeats(Long slotId, int seats) {
        TimeSlot slot = slotRepository.findById(slotId)
                .orElseThrow(() -> new NotFoundException("slot", slotId));
        slot.book(seats);
        slotRepository.save(slot); // expect: lost-update
    }

    public void cancel(Long bookingId) {
        Booking booking = bookingRepository.findById(bookingId)
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
        booking.setStatus(BookingStatus.CANCELLED);
        bookingRepository.save(booking); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    @Transactional
    public void confirm(Long bookingId) {
        Booking booking = bookingRepository.findById(bookingId)
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
        booking.setStatus(BookingStatus.CONFIRMED); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void recordNoShow(String email) {
        Customer customer = customerRepository.findByEmail(email)
                .orElseThrow(() -> new NotFoundException("customer", email));
        customer.setNoShows(customer.getNoShows() + 1);
        customerRepository.save(customer); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void releasePastSlots(LocalDateTime cutoff) {
        for (TimeSlot slot : slotRepository.findByStartsAtBefore(cutoff)) {
            slot.releaseAll();
            slotRepository.save(slot); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: atomic conditional UPDATE
    public void holdSeatsAtomically(Long slotId, int seats) {
        if (slotRepository.reserveSeats(slotId, seats) == 0) {
            throw new DomainException("slot " + slotId + " is full");
        }
    }

    // safe: PESSIMISTIC_WRITE derived finder inside the transaction, dirty checking
    @Transactional
    public void holdSeatsLocked(Long slotId, int seats) {
        TimeSlot slot = slotRepository.findWithLockById(slotId)
                .orElseThrow(() -> new NotFoundException("slot", slotId));
        slot.book(seats);
    }

    // safe: the customer is only read; the write inserts a freshly constructed booking
    public Booking createBooking(String email, Long slotId, int seats) {
        Customer customer = customerRepository.findByEmail(email)
                .orElseThrow(() -> new NotFoundException("customer", email));
        Booking booking = new Booking(slotId, customer.getId(), seats);
        return bookingRepository.save(booking);
    }

    // safe: SERIALIZABLE isolation
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void reschedule(Long bookingId, Long newSlotId) {
        Booking booking = bookingRepository.findById(bookingId)
                .orElseThrow(() -> new NotFoundException("booking", bookingId));
        booking.setSlotId(newSlotId);
        bookingRepository.save(booking);
    }

    // safe: read-only
    public boolean isAvailable(Long slotId, int seats) {
        TimeSlot slot = slotRepository.findById(slotId)
                .orElseThrow(() -> new NotFoundException("slot", slotId));
        return slot.hasRoomFor(seats);
    }
}

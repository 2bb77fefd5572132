package com.example.booking.repository;

import com.example.booking.domain.TimeSlot;
import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface TimeSlotRepository extends JpaRepository<TimeSlot, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<TimeSlot> findWithLockById(Long id);

    List<TimeSlot> findByStartsAtBefore(LocalDateTime cutoff);

    /** Atomic, conditional seat reservation. */
    @Transactional
    @Modifying
    @Query("update TimeSlot s set s.booked = s.booked + :seats"
            + " where s.id = :id and s.booked + :seats <= s.capacity")
    int reserveSeats(@Param("id") Long id, @Param("seats") int seats);
}

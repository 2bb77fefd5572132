package com.example.demo.seats;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SeatRepository extends JpaRepository<Seat, Long> {

    /** Takes the seat only if it is still free: 1 row for the one winner, 0 for everybody else. */
    @Modifying
    @Query("update Seat s set s.holder = :customer where s.id = :id and s.holder is null")
    int bookIfFree(@Param("id") Long id, @Param("customer") String customer);
}

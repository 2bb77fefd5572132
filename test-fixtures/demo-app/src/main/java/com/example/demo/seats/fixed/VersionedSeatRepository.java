package com.example.demo.seats.fixed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionedSeatRepository extends JpaRepository<VersionedSeat, Long> {
}

package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.BrowseCounter;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BrowseCounterRepository extends JpaRepository<BrowseCounter, Long> {
}

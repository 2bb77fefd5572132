package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.ProductStatistics;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductStatisticsRepository extends JpaRepository<ProductStatistics, Long> {
}

package com.example.ordering.repository;

import com.example.ordering.domain.Consignment;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsignmentRepository extends JpaRepository<Consignment, Long> {

    void deleteByOrderId(Long orderId);
}

package com.example.ordering.repository;

import com.example.ordering.domain.OrderLine;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrderLineRepository extends JpaRepository<OrderLine, Long> {

    List<OrderLine> findByOrderId(Long orderId);

    void deleteByOrderId(Long orderId);
}

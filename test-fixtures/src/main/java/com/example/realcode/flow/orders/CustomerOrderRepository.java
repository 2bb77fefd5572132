package com.example.realcode.flow.orders;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomerOrderRepository extends JpaRepository<CustomerOrder, Long> {

    CustomerOrder findByOrderNo(String orderNo);
}

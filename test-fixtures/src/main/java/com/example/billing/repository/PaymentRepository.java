package com.example.billing.repository;

import com.example.billing.domain.Payment;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

    boolean existsByRequestId(String requestId);

    Optional<Payment> findByRequestId(String requestId);

    @Modifying
    @Query("update Payment p set p.status = :status where p.id = :id")
    int updateStatus(@Param("id") Long id, @Param("status") String status);
}

package com.example.billing.repository;

import com.example.billing.domain.CustomerCredit;
import java.math.BigDecimal;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CustomerCreditRepository extends JpaRepository<CustomerCredit, Long> {

    @Modifying
    @Query("update CustomerCredit c set c.balance = c.balance + :amount where c.customerId = :customerId")
    int addCredit(@Param("customerId") Long customerId, @Param("amount") BigDecimal amount);
}

package com.example.demo.wallet;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where a.id = :id")
    Optional<Account> findByIdForUpdate(@Param("id") Long id);

    /** 0 rows when the balance does not cover the amount. */
    @Modifying
    @Query("update Account a set a.balance = a.balance - :amount where a.id = :id and a.balance >= :amount")
    int debitIfCovered(@Param("id") Long id, @Param("amount") long amount);

    @Modifying
    @Query("update Account a set a.balance = a.balance + :amount where a.id = :id")
    int credit(@Param("id") Long id, @Param("amount") long amount);
}

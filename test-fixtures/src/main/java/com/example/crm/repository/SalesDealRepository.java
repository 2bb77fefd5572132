package com.example.crm.repository;

import com.example.crm.domain.SalesDeal;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface SalesDealRepository extends JpaRepository<SalesDeal, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SalesDeal> findWithLockById(Long id);
}

package com.example.crm.repository;

import com.example.crm.domain.SalesLead;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface SalesLeadRepository extends JpaRepository<SalesLead, Long> {

    Optional<SalesLead> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SalesLead> findWithLockById(Long id);
}

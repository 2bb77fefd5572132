package com.example.referrals.repository;

import com.example.referrals.domain.Ambassador;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AmbassadorRepository extends JpaRepository<Ambassador, Long> {

    boolean existsByHandle(String handle);
}

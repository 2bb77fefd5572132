package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.SeckillSku;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SeckillSkuRepository extends JpaRepository<SeckillSku, Long> {
}

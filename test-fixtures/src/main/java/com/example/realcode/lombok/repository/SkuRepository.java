package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.Sku;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SkuRepository extends JpaRepository<Sku, Long> {

    @Modifying
    @Query("update Sku s set s.stock = s.stock - :count where s.id = :id and s.stock >= :count")
    int deductStock(@Param("id") Long id, @Param("count") int count);
}

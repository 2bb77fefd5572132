package com.example.staleoverwrite;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface BumpedSkuRepository extends JpaRepository<BumpedSku, Long> {

    @Modifying
    @Query("update BumpedSku s set s.stock = s.stock - :quantity, s.version = s.version + 1 where s.id = :id")
    int decrementStock(Long id, int quantity);
}

package com.example.staleoverwrite;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DynamicSkuRepository extends JpaRepository<DynamicSku, Long> {

    @Modifying
    @Query("update DynamicSku s set s.stock = s.stock - :quantity where s.id = :id and s.stock >= :quantity")
    int decrementStock(Long id, int quantity);
}

package com.example.staleoverwrite;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SkuRepository extends JpaRepository<Sku, Long> {

    @Modifying
    @Query("update Sku s set s.stock = s.stock - :quantity where s.id = :id and s.stock >= :quantity")
    int decrementStock(Long id, int quantity);

    @Modifying
    @Query("update Sku s set s.name = :name where s.id = :id")
    int rename(Long id, String name);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Sku s where s.id = :id")
    Optional<Sku> findForUpdate(Long id);
}

package com.example.staleoverwrite;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface VersionedSkuRepository extends JpaRepository<VersionedSku, Long> {

    /** A JPQL bulk update does not increment @Version. */
    @Modifying
    @Query("update VersionedSku s set s.stock = s.stock - :quantity where s.id = :id")
    int decrementStock(Long id, int quantity);
}

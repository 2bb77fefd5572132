package com.example.realcode.cache;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    @Modifying
    @Query("update CatalogItem c set c.stock = c.stock - :qty where c.id = :id and c.stock >= :qty")
    int takeStock(@Param("id") Long id, @Param("qty") int qty);
}

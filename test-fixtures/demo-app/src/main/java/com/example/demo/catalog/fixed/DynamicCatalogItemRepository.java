package com.example.demo.catalog.fixed;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface DynamicCatalogItemRepository extends JpaRepository<DynamicCatalogItem, Long> {

    @Transactional
    @Modifying
    @Query("update DynamicCatalogItem i set i.stock = i.stock - :quantity where i.id = :id and i.stock >= :quantity")
    int take(@Param("id") Long id, @Param("quantity") int quantity);
}

package com.example.demo.catalog;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    /** The order side: the database checks and decrements in one statement. */
    @Transactional
    @Modifying
    @Query("update CatalogItem i set i.stock = i.stock - :quantity where i.id = :id and i.stock >= :quantity")
    int take(@Param("id") Long id, @Param("quantity") int quantity);

    /** A targeted update of the one column a rename changes. */
    @Transactional
    @Modifying
    @Query("update CatalogItem i set i.name = :name where i.id = :id")
    int rename(@Param("id") Long id, @Param("name") String name);
}

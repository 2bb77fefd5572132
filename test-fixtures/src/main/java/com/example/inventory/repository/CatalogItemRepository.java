package com.example.inventory.repository;

import com.example.inventory.domain.CatalogItem;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface CatalogItemRepository extends JpaRepository<CatalogItem, Long> {

    Optional<CatalogItem> findByCode(String code);

    /** Bulk update that bypasses the @Version check and writes an absolute value. */
    @Transactional
    @Modifying
    @Query("update CatalogItem c set c.quantity = :quantity where c.id = :id")
    int updateQuantity(@Param("id") Long id, @Param("quantity") int quantity);

    /** Bulk update that bypasses the @Version check and writes an absolute value. */
    @Transactional
    @Modifying
    @Query("update CatalogItem c set c.listPrice = :price where c.id = :id")
    int updateListPrice(@Param("id") Long id, @Param("price") BigDecimal price);

    /** Atomic increment that also bumps the version. */
    @Transactional
    @Modifying
    @Query("update CatalogItem c set c.quantity = c.quantity + :delta, c.version = c.version + 1"
            + " where c.id = :id")
    int addQuantity(@Param("id") Long id, @Param("delta") int delta);
}

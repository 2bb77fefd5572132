package com.example.inventory.repository;

import com.example.inventory.domain.Product;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface ProductRepository extends JpaRepository<Product, Long> {

    Optional<Product> findBySku(String sku);

    List<Product> findByCategory(String category);

    List<Product> findByStockLessThan(int threshold);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Product p where p.id = :id")
    Optional<Product> findByIdForUpdate(@Param("id") Long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Product> findLockedBySku(String sku);

    @Query(value = "select * from product where id = :id for update", nativeQuery = true)
    Optional<Product> lockById(@Param("id") Long id);

    /** Atomic and conditional: the database does the arithmetic. */
    @Transactional
    @Modifying
    @Query("update Product p set p.stock = p.stock - :qty where p.id = :id and p.stock >= :qty")
    int decrementStock(@Param("id") Long id, @Param("qty") int qty);

    /** Atomic increment. */
    @Transactional
    @Modifying
    @Query("update Product p set p.stock = p.stock + :qty where p.id = :id")
    int incrementStock(@Param("id") Long id, @Param("qty") int qty);

    /** Compare-and-set: only writes when the stock is still the value the caller saw. */
    @Transactional
    @Modifying
    @Query("update Product p set p.stock = :newStock where p.id = :id and p.stock = :expected")
    int compareAndSetStock(@Param("id") Long id, @Param("expected") int expected,
            @Param("newStock") int newStock);
}

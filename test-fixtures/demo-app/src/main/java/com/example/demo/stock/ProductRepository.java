package com.example.demo.stock;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductRepository extends JpaRepository<Product, Long> {

    /** SELECT ... FOR UPDATE: the row stays locked until the caller's transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Product p where p.id = :id")
    Optional<Product> findByIdForUpdate(@Param("id") Long id);

    /** The database checks and decrements in one statement; 0 rows when too few are left. */
    @Modifying
    @Query("update Product p set p.available = p.available - :quantity where p.id = :id and p.available >= :quantity")
    int reserveIfAvailable(@Param("id") Long id, @Param("quantity") int quantity);
}

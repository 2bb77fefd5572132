package com.example.inventory.repository;

import com.example.inventory.domain.StockLevel;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

public interface StockLevelRepository extends CrudRepository<StockLevel, Long> {

    Optional<StockLevel> findByWarehouseCodeAndSku(String warehouseCode, String sku);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StockLevel> findForUpdateByWarehouseCodeAndSku(String warehouseCode, String sku);

    @Query("select coalesce(sum(s.onHand), 0) from StockLevel s where s.sku = :sku")
    int totalOnHand(@Param("sku") String sku);

    @Transactional
    @Modifying
    @Query("update StockLevel s set s.onHand = s.onHand - :qty, s.picks = s.picks + 1"
            + " where s.id = :id and s.onHand >= :qty")
    int pick(@Param("id") Long id, @Param("qty") int qty);
}

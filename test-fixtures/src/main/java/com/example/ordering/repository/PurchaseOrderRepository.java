package com.example.ordering.repository;

import com.example.ordering.domain.OrderStatus;
import com.example.ordering.domain.PurchaseOrder;
import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    List<PurchaseOrder> findByStatus(OrderStatus status);

    List<PurchaseOrder> findByStatusAndCreatedAtBefore(OrderStatus status, Instant cutoff);

    @Query("select o.id from PurchaseOrder o where o.status = :status and o.createdAt < :cutoff")
    List<Long> findIdsByStatusBefore(@Param("status") OrderStatus status, @Param("cutoff") Instant cutoff);

    @Modifying
    @Query("update PurchaseOrder o set o.status = :status where o.id = :id")
    int updateStatus(@Param("id") Long id, @Param("status") OrderStatus status);
}

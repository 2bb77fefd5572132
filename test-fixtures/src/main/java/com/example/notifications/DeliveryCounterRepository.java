package com.example.notifications;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeliveryCounterRepository extends JpaRepository<DeliveryCounter, String> {

    @Modifying
    @Query("update DeliveryCounter c set c.delivered = c.delivered + 1 where c.subscriberUrl = :url")
    int countDelivery(@Param("url") String subscriberUrl);
}

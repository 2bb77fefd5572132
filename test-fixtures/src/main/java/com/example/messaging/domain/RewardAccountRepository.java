package com.example.messaging.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RewardAccountRepository extends JpaRepository<RewardAccount, Long> {

    @Modifying
    @Query("update RewardAccount a set a.points = a.points + :points where a.id = :id")
    int addPoints(@Param("id") Long id, @Param("points") long points);
}

package com.example.loyalty.repository;

import com.example.loyalty.domain.LoyaltyAccount;
import com.example.loyalty.domain.Tier;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/** A minimal repository extending the bare {@link Repository} marker interface. */
public interface LoyaltyAccountRepository extends Repository<LoyaltyAccount, Long> {

    Optional<LoyaltyAccount> findById(Long id);

    Optional<LoyaltyAccount> findByMemberNumber(String memberNumber);

    List<LoyaltyAccount> findByTier(Tier tier);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<LoyaltyAccount> findLockedByMemberNumber(String memberNumber);

    LoyaltyAccount save(LoyaltyAccount account);

    <S extends LoyaltyAccount> List<S> saveAll(Iterable<S> accounts);

    /** Atomic increment. */
    @Transactional
    @Modifying
    @Query("update LoyaltyAccount a set a.points = a.points + :points where a.id = :id")
    int addPoints(@Param("id") Long id, @Param("points") long points);
}

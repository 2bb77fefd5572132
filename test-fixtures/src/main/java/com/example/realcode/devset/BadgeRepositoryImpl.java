package com.example.realcode.devset;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * After the dev-set case sde-partyhat-missing-tx (spring-projects/spring-data-examples,
 * PartyHatRepositoryImpl.addPartyHat before ae7cb66e3f): a repository fragment implementation,
 * found by Spring Data through the {@code Impl} suffix (no stereotype), inserts a child row and
 * then bumps the parent's version with a guarded UPDATE; without a transaction the child row
 * stays when the version check fails. The fix made the method @Transactional.
 */
class BadgeRepositoryImpl implements BadgeRepository {
    private final NamedParameterJdbcOperations jdbc;

    BadgeRepositoryImpl(NamedParameterJdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    // racy: the insert commits, then the guarded version bump fails and throws
    @Override
    public void awardBadge(Crew crew, String badge) {
        jdbc.update("INSERT INTO BADGE (CREW, NAME) VALUES (:id, :name)", Map.of("id", crew.getId(), "name", badge));
        int updated = jdbc.update("UPDATE CREW SET VERSION = :version + 1 WHERE ID = :id AND VERSION = :version", // expect: missing-transaction
                Map.of("id", crew.getId(), "version", crew.getVersion()));
        if (updated != 1) {
            throw new OptimisticLockingFailureException("crew " + crew.getId() + " changed before the badge was awarded");
        }
    }

    // safe: the fix, both statements in one transaction
    @Override
    @Transactional
    public void awardBadgeAtomically(Crew crew, String badge) {
        jdbc.update("INSERT INTO BADGE (CREW, NAME) VALUES (:id, :name)", Map.of("id", crew.getId(), "name", badge));
        int updated = jdbc.update("UPDATE CREW SET VERSION = :version + 1 WHERE ID = :id AND VERSION = :version",
                Map.of("id", crew.getId(), "version", crew.getVersion()));
        if (updated != 1) {
            throw new OptimisticLockingFailureException("crew " + crew.getId() + " changed before the badge was awarded");
        }
    }
}

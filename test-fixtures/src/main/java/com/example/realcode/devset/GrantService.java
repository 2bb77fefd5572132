package com.example.realcode.devset;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * After the dev-set case shenyu-appauth-missing-tx (apache/shenyu, AppAuthServiceImpl.applyUpdate
 * before 281a1a317b): a MyBatis service saves a row, deletes the client's rows and batch-inserts
 * new ones through {@code <insert>} / {@code <delete>} statements, each committing on its own;
 * the fix made the method @Transactional. The annotated twin writes through {@code @Insert} /
 * {@code @Delete} methods whose names say nothing about the SQL.
 */
@Service
public class GrantService {
    private final ApiGrantMapper grants;
    private final TicketArchiveMapper tickets;

    public GrantService(ApiGrantMapper grants, TicketArchiveMapper tickets) {
        this.grants = grants;
        this.tickets = tickets;
    }

    // racy: <insert> (when the client had no grant), then <delete> and a batch <insert>, no transaction
    public void applyGrants(String clientId, List<String> paths) {
        if (grants.findByClient(clientId).isEmpty()) {
            grants.save(new ApiGrant(clientId, "/"));
        }
        grants.revokeAll(clientId); // expect: missing-transaction
        grants.saveAll(paths.stream().map(p -> new ApiGrant(clientId, p)).toList());
    }

    // racy: @Insert copies the ticket into the archive, @Delete removes it: a failure in between keeps both
    public void close(long ticketId) {
        tickets.archive(ticketId);
        tickets.purge(ticketId); // expect: missing-transaction
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the same writes in one transaction (the fix)
    @Transactional(rollbackFor = Exception.class)
    public void applyGrantsInTransaction(String clientId, List<String> paths) {
        if (grants.findByClient(clientId).isEmpty()) {
            grants.save(new ApiGrant(clientId, "/"));
        }
        grants.revokeAll(clientId);
        grants.saveAll(paths.stream().map(p -> new ApiGrant(clientId, p)).toList());
    }

    // safe: archive and purge commit together
    @Transactional
    public void closeInTransaction(long ticketId) {
        tickets.archive(ticketId);
        tickets.purge(ticketId);
    }

    // safe: one write on each path, never two
    public void grantOrRevoke(String clientId, String path, boolean grant) {
        if (grant) {
            grants.save(new ApiGrant(clientId, path));
        } else {
            grants.revokeAll(clientId);
        }
    }

    // safe: a single statement (an upsert) and a single delete, each its own operation
    public void setQuota(String clientId, int quota) {
        grants.upsertQuota(clientId, quota);
    }

    public int expire() {
        return tickets.expireArchive();
    }
}

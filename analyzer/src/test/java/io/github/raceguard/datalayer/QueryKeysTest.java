package io.github.raceguard.datalayer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryKeysTest {

    @Test
    void derivedQueriesCompareByEquality() {
        assertEquals(Optional.of(List.of(List.of("Email"))), QueryKeys.derived("existsByEmail"));
        assertEquals(Optional.of(List.of(List.of("Email"))), QueryKeys.derived("existsByEmailIgnoreCase"));
        assertEquals(Optional.of(List.of(List.of("TenantId", "Code"))), QueryKeys.derived("findFirstByTenantIdAndCodeAllIgnoreCase"));
        assertEquals(Optional.of(List.of(List.of("Email"), List.of("Username"))), QueryKeys.derived("existsByEmailOrUsername"));
        assertEquals(Optional.of(List.of(List.of("Email", "Active"))), QueryKeys.derived("countByEmailAndActiveTrue"));
        assertEquals(Optional.of(List.of(List.of("OrderNumber"))), QueryKeys.derived("findByOrderNumberOrderByCreatedAtDesc"));
        assertEquals(Optional.of(List.of(List.of("Address_City"))), QueryKeys.derived("existsByAddress_City"));
        assertEquals(Optional.of(List.of(List.of("Android"))), QueryKeys.derived("existsByAndroid"));
    }

    @Test
    void otherComparisonsAreNoKeyLookup() {
        assertTrue(QueryKeys.derived("existsByEmailAndIdNot").isEmpty());
        assertTrue(QueryKeys.derived("existsByRoomIdAndStartsAtBefore").isEmpty());
        assertTrue(QueryKeys.derived("countByStatusIn").isEmpty());
        assertTrue(QueryKeys.derived("findByNameContaining").isEmpty());
        assertTrue(QueryKeys.derived("findAll").isEmpty());
        assertTrue(QueryKeys.derived("count").isEmpty());
    }

    @Test
    void whereClauses() {
        assertEquals(Optional.of(List.of("u.email", "u.tenant.id")),
                QueryKeys.whereEqualities("select count(u) > 0 from User u where lower(u.email) = lower(:email) and u.tenant.id = ?1"));
        assertEquals(Optional.of(List.of("deleted_at")), QueryKeys.whereEqualities("select 1 from t where deleted_at is null"));
        assertTrue(QueryKeys.whereEqualities("select 1 from t where a = ? or b = ?").isEmpty());
        assertTrue(QueryKeys.whereEqualities("select 1 from t where a > ?").isEmpty());
        assertTrue(QueryKeys.whereEqualities("select 1 from t where a in (select x from y)").isEmpty());
    }

    @Test
    void sqlLookupsAndInserts() {
        QueryKeys.SqlLookup count = QueryKeys.sqlLookup("SELECT COUNT(*) FROM referral_codes rc WHERE rc.code = ? AND rc.tenant_id = ?").orElseThrow();
        assertEquals("referral_codes", count.table());
        assertEquals(List.of("code", "tenant_id"), count.columns());
        QueryKeys.SqlLookup exists = QueryKeys.sqlLookup("select exists(select 1 from invitations where email = :email)").orElseThrow();
        assertEquals("invitations", exists.table());
        assertTrue(QueryKeys.isExistence("select exists(select 1 from invitations where email = :email)"));
        assertTrue(QueryKeys.isCount("select count(*) from t where a = ?"));
        assertFalse(QueryKeys.isExistence("select count(*) from t where a = ?"));
        assertTrue(QueryKeys.sqlLookup("select count(*) from a join b on a.id = b.a_id where a.x = ?").isEmpty());

        assertEquals("referral_codes", QueryKeys.sqlInsert("insert into referral_codes (code) values (?)").orElseThrow().table());
        assertFalse(QueryKeys.sqlInsert("INSERT INTO t (a) VALUES (?)").orElseThrow().upsert());
        assertTrue(QueryKeys.sqlInsert("insert into t (a) values (?) on conflict (a) do nothing").orElseThrow().upsert());
        assertTrue(QueryKeys.sqlInsert("INSERT IGNORE INTO t (a) VALUES (?)").orElseThrow().upsert());
        assertTrue(QueryKeys.sqlInsert("insert into t (a) values (?) on duplicate key update a = a").orElseThrow().upsert());
        assertTrue(QueryKeys.sqlInsert("update t set a = ?").isEmpty());
    }
}

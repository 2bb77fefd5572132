package io.github.raceguard.datalayer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqlUpdatesTest {

    @Test
    void compareAndSetRequiresTheWhereToHoldAnotherValueOfAColumnTheSetChanges() {
        assertTrue(SqlUpdates.isCompareAndSet("update orders set status = #{order.status,jdbcType=SMALLINT}, "
                + "update_time = #{order.updateTime,jdbcType=TIMESTAMP} where id = #{order.id,jdbcType=INTEGER} "
                + "and update_time = #{lastUpdateTime,jdbcType=TIMESTAMP}"));
        assertTrue(SqlUpdates.isCompareAndSet("update Subscription s set s.status = 'EXPIRED' where s.status = 'ACTIVE'"));
        assertTrue(SqlUpdates.isCompareAndSet("update product set stock = :s, version = version + 1 where id = :id and version = :v"));
        assertFalse(SqlUpdates.isCompareAndSet("update orders set status = #{status} where id = #{id}"));
        assertFalse(SqlUpdates.isCompareAndSet("update account set balance = balance + :interest where id = :id"));
        assertFalse(SqlUpdates.isCompareAndSet("update orders set status = #{order.status} where id = #{order.id} and status = #{order.status}"));
    }
}

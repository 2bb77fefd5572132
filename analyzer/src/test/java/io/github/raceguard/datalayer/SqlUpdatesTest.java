package io.github.raceguard.datalayer;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void assignmentsTellColumnsTheDatabaseComputesFromValuesPassedIn() {
        assertEquals(List.of(new SqlUpdates.Assignment("stock", true)),
                SqlUpdates.assignments("update Product p set p.stock = p.stock - :quantity where p.id = :id"));
        // litemall's reduceStock: relative, the database clock beside it is not an atomic column
        assertEquals(List.of(new SqlUpdates.Assignment("number", true), new SqlUpdates.Assignment("update_time", false)),
                SqlUpdates.assignments("update litemall_goods_product set number = number - #{num,jdbcType=INTEGER}, update_time = now() "
                        + "where id = #{id,jdbcType=INTEGER} and number >= #{num,jdbcType=INTEGER}"));
        // a parameter named like its column is a value passed in, not the column
        assertEquals(List.of(new SqlUpdates.Assignment("number", false), new SqlUpdates.Assignment("price", false)),
                SqlUpdates.assignments("<script>update goods_product set number = #{number,jdbcType=INTEGER}, price = :product.price where id = #{id}"));
        // compare-and-set: the guarded column counts
        assertEquals(List.of(new SqlUpdates.Assignment("status", true)),
                SqlUpdates.assignments("update orders set status = 'PAID' where id = ? and status = 'NEW'"));
        assertEquals(List.of(new SqlUpdates.Assignment("stock", true), new SqlUpdates.Assignment("version", false)),
                SqlUpdates.assignments("update Sku s set s.stock = s.stock - :q, s.version = s.version + 1 where s.id = :id"));
        assertEquals(List.of(), SqlUpdates.assignments("delete from orders where id = ?"));
        assertEquals("litemall_goods_product", SqlUpdates.updatedTable("update `litemall_goods_product` set number = number - 1"));
        assertEquals("Sku", SqlUpdates.updatedTable("update versioned Sku s set s.stock = s.stock - 1"));
        assertTrue(SqlUpdates.incrementsVersion("update versioned Sku s set s.stock = s.stock - 1"));
        assertFalse(SqlUpdates.incrementsVersion("update Sku s set s.stock = s.stock - 1"));
    }
}

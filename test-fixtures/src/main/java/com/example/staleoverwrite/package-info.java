/**
 * stale-overwrite: entities written back in full while a column is changed atomically elsewhere.
 * Shapes from real code: a catalogue "edit product" that reads, sets the name and saves while
 * orders decrement the stock with one UPDATE (litemall's admin goods edit next to
 * {@code GoodsProductMapper.reduceStock}; newbee-mall's goods edit next to its
 * {@code updateStockNum}); MyBatis-Plus {@code updateById} of a row read with {@code selectById}
 * next to a {@code setSql("stock = stock - 1")} (ruoyi-vue-pro's seckill / combination products).
 */
package com.example.staleoverwrite;

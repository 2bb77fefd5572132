package com.example.staleoverwrite;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MyBatis-Plus: updateById writes every non-null field (FieldStrategy.NOT_NULL by default). */
@Service
public class FlashItemEditing {

    private final FlashItemMapper items;
    private final FlashSoldMapper sold;

    public FlashItemEditing(FlashItemMapper items, FlashSoldMapper sold) {
        this.items = items;
        this.sold = sold;
    }

    @Transactional
    public boolean buy(Long itemId, int count) {
        if (items.decrementStock(itemId, count) == 0) {
            return false;
        }
        sold.addSold(itemId, count);
        return true;
    }

    // racy: the row read has every field set, so updateById writes the stock read back
    public void retitle(Long itemId, String title) {
        FlashItem item = items.selectById(itemId);
        item.setTitle(title);
        items.updateById(item); // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: a new object holding only the id and the title: updateById skips the null stock
    public void retitlePartially(Long itemId, String title) {
        FlashItem item = new FlashItem();
        item.setId(itemId);
        item.setTitle(title);
        items.updateById(item);
    }
}

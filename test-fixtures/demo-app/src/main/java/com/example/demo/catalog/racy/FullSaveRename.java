package com.example.demo.catalog.racy;

import com.example.demo.catalog.CatalogEditing;
import com.example.demo.catalog.CatalogItem;
import com.example.demo.catalog.CatalogItemRepository;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * RACY: the rename reads the item, sets its name and saves it. Orders decrement the stock
 * atomically, but the save writes every column, the stock it read included: every order
 * committed between the rename's read and its write is undone, the stock is counted back up.
 */
@Service
public class FullSaveRename implements CatalogEditing {

    private static final String SCENARIO = "catalog/racy";

    private final CatalogItemRepository items;
    private final RaceHook hook;

    public FullSaveRename(CatalogItemRepository items, RaceHook hook) {
        this.items = items;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    public long createItem(String name, int stock) {
        return items.save(new CatalogItem(name, stock)).getId();
    }

    @Override
    public int stock(long itemId) {
        return items.findById(itemId).orElseThrow(() -> NotFound.of("item", itemId)).getStock();
    }

    @Override
    public String name(long itemId) {
        return items.findById(itemId).orElseThrow(() -> NotFound.of("item", itemId)).getName();
    }

    @Override
    public boolean order(long itemId, int quantity) {
        return items.take(itemId, quantity) == 1;
    }

    @Override
    public void rename(long itemId, String name) {
        hook.beforeRead(SCENARIO);
        CatalogItem item = items.findById(itemId).orElseThrow(() -> NotFound.of("item", itemId));
        hook.betweenReadAndWrite(SCENARIO);
        item.setName(name);
        items.save(item); // expect: stale-overwrite
    }
}

package com.example.demo.catalog.fixed;

import com.example.demo.catalog.CatalogEditing;
import com.example.demo.catalog.CatalogItem;
import com.example.demo.catalog.CatalogItemRepository;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * FIXED with a targeted UPDATE: {@code SET name = :name WHERE id = :id} writes the one column the
 * rename changes and leaves the stock to the orders. It still reads first (to check the item
 * exists), but writes nothing it read.
 */
@Service
public class TargetedRename implements CatalogEditing {

    private static final String SCENARIO = "catalog/targeted";

    private final CatalogItemRepository items;
    private final RaceHook hook;

    public TargetedRename(CatalogItemRepository items, RaceHook hook) {
        this.items = items;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "targeted";
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
        items.rename(item.getId(), name);
    }
}

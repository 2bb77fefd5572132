package com.example.demo.catalog.fixed;

import com.example.demo.catalog.CatalogEditing;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FIXED with {@code @DynamicUpdate} on the entity: the same read, set and save, but Hibernate
 * writes only the name. The read and the write share one transaction (one persistence context),
 * so Hibernate compares with the state it loaded; a detached entity merged later would carry its
 * stale stock into the comparison.
 */
@Service
public class DynamicUpdateRename implements CatalogEditing {

    private static final String SCENARIO = "catalog/dynamic";

    private final DynamicCatalogItemRepository items;
    private final RaceHook hook;

    public DynamicUpdateRename(DynamicCatalogItemRepository items, RaceHook hook) {
        this.items = items;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "dynamic";
    }

    @Override
    public long createItem(String name, int stock) {
        return items.save(new DynamicCatalogItem(name, stock)).getId();
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
    @Transactional
    public void rename(long itemId, String name) {
        hook.beforeRead(SCENARIO);
        DynamicCatalogItem item = items.findById(itemId).orElseThrow(() -> NotFound.of("item", itemId));
        hook.betweenReadAndWrite(SCENARIO);
        item.setName(name);
        items.save(item);
    }
}

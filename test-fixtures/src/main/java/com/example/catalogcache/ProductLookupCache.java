package com.example.catalogcache;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Service;

@Service
public class ProductLookupCache {

    private final CatalogLoader loader;
    private final ConcurrentMap<Long, CatalogEntry> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CatalogEntry> bySku = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, String> titles = new ConcurrentHashMap<>();

    public ProductLookupCache(CatalogLoader loader) {
        this.loader = loader;
    }

    // two requests can both miss and both load; the later put replaces the first entry
    public CatalogEntry byId(long id) {
        CatalogEntry entry = byId.get(id);
        if (entry != null) {
            return entry;
        }
        entry = loader.load(id);
        byId.put(id, entry); // expect: check-then-act
        return entry;
    }

    public CatalogEntry bySku(String sku, long id) {
        return bySku.computeIfAbsent(sku, s -> loader.load(id));
    }

    public void remember(CatalogEntry entry) {
        if (!bySku.containsKey(entry.sku())) {
            bySku.put(entry.sku(), entry); // expect: check-then-act
        }
    }

    public void rememberFirst(CatalogEntry entry) {
        bySku.putIfAbsent(entry.sku(), entry);
    }

    // a blind overwrite does not depend on what get returned
    public String retitle(long id, String title) {
        String previous = titles.get(id);
        titles.put(id, title);
        return previous;
    }

    // check and put hold the same monitor
    public synchronized void rememberOnce(CatalogEntry entry) {
        if (!byId.containsKey(entry.id())) {
            byId.put(entry.id(), entry);
        }
    }
}

package com.example.realcode.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * Read-through caches whose loader reads the row (Caffeine {@code get(key, k -> ..)}, Spring's
 * {@code Cache.get(key, () -> ..)}, Guava's {@code get(key, Callable)}), the way
 * ruoyi-vue-pro's and newbee-mall's cached lookups front their DAOs: what the cache returns is
 * what the loader read, maybe long ago, so changing and saving it is a read-modify-write.
 */
@Service
public class CachedCatalog {
    private final CatalogItemRepository items;
    private final PricedOfferRepository offers;
    private final CacheManager cacheManager;
    private final Cache<Long, CatalogItem> itemCache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build();
    private final com.google.common.cache.Cache<Long, CatalogItem> guavaCache = com.google.common.cache.CacheBuilder.newBuilder().build();

    public CachedCatalog(CatalogItemRepository items, PricedOfferRepository offers, CacheManager cacheManager) {
        this.items = items;
        this.offers = offers;
        this.cacheManager = cacheManager;
    }

    // racy: Caffeine loader read, stock decremented in Java, saved
    public void sell(Long itemId) {
        CatalogItem item = itemCache.get(itemId, id -> items.findById(id).orElseThrow());
        item.setStock(item.getStock() - 1);
        items.save(item); // expect: lost-update
    }

    // racy: Spring Cache loader (a Callable)
    public void countView(Long itemId) {
        org.springframework.cache.Cache cache = cacheManager.getCache("items");
        CatalogItem item = cache.get(itemId, () -> items.findById(itemId).orElseThrow());
        item.setViews(item.getViews() + 1);
        items.save(item); // expect: lost-update
    }

    // racy: Guava loader
    public void restock(Long itemId, int more) throws java.util.concurrent.ExecutionException {
        CatalogItem item = guavaCache.get(itemId, () -> items.getReferenceById(itemId));
        item.setStock(item.getStock() + more);
        items.save(item); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the cached copy only answers the question; the database takes the stock atomically
    public boolean trySell(Long itemId, int qty) {
        CatalogItem item = itemCache.get(itemId, id -> items.findById(id).orElseThrow());
        return item.getStock() >= qty && items.takeStock(itemId, qty) == 1;
    }

    // safe: a versioned entity: the stale cached copy fails with an optimistic-lock exception
    public void claim(Long offerId) {
        org.springframework.cache.Cache cache = cacheManager.getCache("offers");
        PricedOffer offer = cache.get(offerId, () -> offers.findById(offerId).orElseThrow());
        offer.setRemaining(offer.getRemaining() - 1);
        offers.save(offer);
    }
}

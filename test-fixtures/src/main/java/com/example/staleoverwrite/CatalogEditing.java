package com.example.staleoverwrite;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Catalogue edits of SKUs whose stock orders decrement with one atomic UPDATE. */
@Service
public class CatalogEditing {

    private final SkuRepository skus;
    private final DynamicSkuRepository dynamicSkus;
    private final VersionedSkuRepository versionedSkus;
    private final BumpedSkuRepository bumpedSkus;

    public CatalogEditing(SkuRepository skus, DynamicSkuRepository dynamicSkus, VersionedSkuRepository versionedSkus,
            BumpedSkuRepository bumpedSkus) {
        this.skus = skus;
        this.dynamicSkus = dynamicSkus;
        this.versionedSkus = versionedSkus;
        this.bumpedSkus = bumpedSkus;
    }

    // the order side: atomic, no finding
    public boolean order(Long skuId, int quantity) {
        return skus.decrementStock(skuId, quantity) == 1;
    }

    // racy: save writes stock back as read (litemall's admin goods edit)
    public void rename(Long skuId, String name) {
        Sku sku = skus.findById(skuId).orElseThrow();
        sku.setName(name);
        skus.save(sku); // expect: stale-overwrite
    }

    // racy: dirty checking flushes every column at commit
    @Transactional
    public void renameInTransaction(Long skuId, String name) {
        Sku sku = skus.findById(skuId).orElseThrow();
        sku.setName(name); // expect: stale-overwrite
    }

    // racy: the @Version check passes, the bulk decrement did not increment it
    public void renameVersioned(Long skuId, String name) {
        VersionedSku sku = versionedSkus.findById(skuId).orElseThrow();
        sku.setName(name);
        versionedSkus.save(sku); // expect: stale-overwrite
    }

    public boolean orderVersioned(Long skuId, int quantity) {
        return versionedSkus.decrementStock(skuId, quantity) == 1;
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @DynamicUpdate, read and written in one transaction: only name is written
    @Transactional
    public void renameDynamic(Long skuId, String name) {
        DynamicSku sku = dynamicSkus.findById(skuId).orElseThrow();
        sku.setName(name);
        dynamicSkus.save(sku);
    }

    public boolean orderDynamic(Long skuId, int quantity) {
        return dynamicSkus.decrementStock(skuId, quantity) == 1;
    }

    // safe: a targeted UPDATE of the changed column
    public void renameTargeted(Long skuId, String name) {
        skus.rename(skuId, name);
    }

    // safe: the row lock is honoured by the atomic UPDATE, which waits for the commit
    @Transactional
    public void renameLocked(Long skuId, String name) {
        Sku sku = skus.findForUpdate(skuId).orElseThrow();
        sku.setName(name);
        skus.save(sku);
    }

    // safe: the atomic update increments the version, so this save fails instead of reverting
    public void renameBumped(Long skuId, String name) {
        BumpedSku sku = bumpedSkus.findById(skuId).orElseThrow();
        sku.setName(name);
        bumpedSkus.save(sku);
    }

    public boolean orderBumped(Long skuId, int quantity) {
        return bumpedSkus.decrementStock(skuId, quantity) == 1;
    }

    // safe: a stock count sets the stock on purpose (stocktake): the write of stock is intended
    public void stocktake(Long skuId, int counted) {
        Sku sku = skus.findById(skuId).orElseThrow();
        sku.setStock(counted);
        skus.save(sku);
    }

    // safe: the same through an entity method that assigns the stock
    public void restock(Long skuId, int level) {
        Sku sku = skus.findById(skuId).orElseThrow();
        sku.restockTo(level);
        skus.save(sku);
    }

    // safe: an insert writes no value read before
    public Long create(String name, int stock) {
        return skus.save(new Sku(name, stock)).getId();
    }
}

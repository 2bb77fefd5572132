package com.example.quarkus.inventory;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * Panache active-record read-modify-writes inside @Transactional: the change is flushed at
 * commit by dirty checking (no persist() needed). Shapes from quarkus-quickstarts
 * hibernate-orm-panache-quickstart (FruitEntityResource.update: findById, change a public field).
 */
@Path("/stock")
@ApplicationScoped
public class StockResource {

    @POST
    @Path("{id}/reserve")
    @Transactional
    public void reserve(@PathParam("id") Long id, @QueryParam("q") int quantity) {
        Product product = Product.findById(id);
        if (product == null) {
            throw new NotFoundException();
        }
        product.stock -= quantity; // expect: lost-update-weak-isolation
    }

    @POST
    @Path("{id}/reserve-locked")
    @Transactional
    public void reserveLocked(@PathParam("id") Long id, @QueryParam("q") int quantity) {
        Product product = Product.findById(id, LockModeType.PESSIMISTIC_WRITE);
        product.stock -= quantity;
    }

    @POST
    @Path("{id}/reserve-versioned")
    @Transactional
    public void reserveVersioned(@PathParam("id") Long id, @QueryParam("q") int quantity) {
        VersionedProduct product = VersionedProduct.findById(id);
        product.stock -= quantity;
    }

    @POST
    @Path("{id}/reserve-atomic")
    @Transactional
    public boolean reserveAtomic(@PathParam("id") Long id, @QueryParam("q") int quantity) {
        return Product.update("stock = stock - ?1 where id = ?2 and stock >= ?1", quantity, id) == 1;
    }

    @POST
    @Path("{id}/reserve-bulk")
    @Transactional
    public void reserveBulk(@PathParam("id") Long id, @QueryParam("q") int quantity) {
        Product product = Product.findById(id);
        Product.update("stock = ?1 where id = ?2", product.stock - quantity, id); // expect: lost-update-weak-isolation
    }

    @POST
    @Path("sku/{sku}/restock")
    @Transactional
    public void restock(@PathParam("sku") String sku, @QueryParam("n") int n) {
        Product product = Product.find("sku", sku).firstResult();
        product.stock += n; // expect: lost-update-weak-isolation
    }

    @POST
    @Path("sku/{sku}/restock-locked")
    @Transactional
    public void restockLocked(@PathParam("sku") String sku, @QueryParam("n") int n) {
        Product product = Product.find("sku", sku).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        product.stock += n;
    }

    @POST
    @Path("sku/{sku}/rename")
    @Transactional
    public void rename(@PathParam("sku") String sku, @QueryParam("name") String name) {
        // a blind overwrite with a request value loses nothing that was read (no lost update), but the full-row
        // flush writes back the stock it read, reverting the atomic stock updates committed meanwhile
        Product.<Product>find("sku", sku).firstResultOptional().ifPresent(p -> p.name = name); // expect: stale-overwrite
    }

    @POST
    @Path("{id}/adjust")
    @Transactional
    public void adjust(@PathParam("id") Long id, @QueryParam("d") int delta) {
        Product product = Panache.getEntityManager().find(Product.class, id);
        product.stock = product.stock + delta; // expect: lost-update-weak-isolation
    }
}

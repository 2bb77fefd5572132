package com.example.quarkus.reactive;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Uni chains of Hibernate Reactive Panache: the entity handed to invoke(..) inside a transaction
 * is flushed at commit. Shape from quarkus-quickstarts hibernate-reactive-panache-quickstart
 * (FruitResource.update: Panache.withTransaction(() -> Fruit.findById(id).onItem().ifNotNull().invoke(..))).
 */
@Path("/tickets")
@ApplicationScoped
public class TicketResource {

    @POST
    @Path("{id}/take")
    @WithTransaction
    public Uni<Ticket> take(@PathParam("id") Long id) {
        return Ticket.<Ticket>findById(id)
                .onItem().ifNotNull().invoke(t -> t.remaining -= 1); // expect: lost-update-weak-isolation
    }

    @POST
    @Path("{id}/take-locked")
    @WithTransaction
    public Uni<Ticket> takeLocked(@PathParam("id") Long id) {
        return Ticket.<Ticket>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNotNull().invoke(t -> t.remaining -= 1);
    }

    @POST
    @Path("{id}/give-back")
    public Uni<Ticket> giveBack(@PathParam("id") Long id) {
        return Panache.withTransaction(() -> Ticket.<Ticket>findById(id)
                .onItem().ifNotNull().invoke(t -> t.remaining++)); // expect: lost-update-weak-isolation
    }

    @POST
    @Path("{id}/rename")
    public Uni<Ticket> rename(@PathParam("id") Long id, String event) {
        // a blind rename, but the full-row flush writes back the "remaining" it read over the atomic updates
        return Panache.withTransaction(() -> Ticket.<Ticket>findById(id)
                .onItem().ifNotNull().invoke(t -> t.event = event)); // expect: stale-overwrite
    }

    @POST
    @Path("{id}/take-atomic")
    @WithTransaction
    public Uni<Integer> takeAtomic(@PathParam("id") Long id) {
        return Ticket.update("remaining = remaining - 1 where id = ?1 and remaining > 0", id);
    }
}

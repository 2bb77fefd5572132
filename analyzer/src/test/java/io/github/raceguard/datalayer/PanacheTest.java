package io.github.raceguard.datalayer;

import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import com.github.javaparser.ast.expr.MethodCallExpr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How DataLayer classifies Quarkus Panache calls, from the sources alone (no Quarkus jar). */
class PanacheTest {

    @TempDir
    Path dir;

    private ProjectModel model() throws Exception {
        return ModelFixtures.model(dir, Map.of(
                "shop/Product.java", """
                        package shop;
                        import io.quarkus.hibernate.orm.panache.*;
                        @jakarta.persistence.Entity public class Product extends PanacheEntity { public String sku; public int stock; }
                        """,
                "shop/Ticket.java", """
                        package shop;
                        import io.quarkus.hibernate.reactive.panache.PanacheEntity;
                        @jakarta.persistence.Entity public class Ticket extends PanacheEntity { public int remaining; }
                        """,
                "shop/Customer.java", "package shop; @jakarta.persistence.Entity public class Customer { public Long id; public String email; }",
                "shop/CustomerRepository.java", """
                        package shop;
                        import io.quarkus.hibernate.orm.panache.PanacheRepository;
                        public class CustomerRepository implements PanacheRepository<Customer> {
                            public Customer byEmail(String e) { return find("email", e).firstResult(); }
                        }
                        """,
                "shop/Caller.java", """
                        package shop;
                        import jakarta.persistence.LockModeType;
                        import io.quarkus.hibernate.orm.panache.Panache;
                        class Caller {
                            CustomerRepository customers;
                            void run(Product p, Customer c, Long id, String sku) {
                                Product.findById(id);
                                Product.findById(id, LockModeType.PESSIMISTIC_WRITE);
                                Product.find("sku", sku).firstResult();
                                Product.find("sku = ?1 and stock > 0", sku).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
                                Product.count("sku", sku);
                                Product.update("stock = stock - ?1 where id = ?2 and stock >= ?1", 1, id);
                                Product.update("stock = ?1 where id = ?2", 3, id);
                                Product.delete("stock = 0");
                                p.persist();
                                p.delete();
                                customers.findById(id);
                                customers.find("email", sku).list();
                                customers.persist(c);
                                customers.byEmail(sku);
                                Ticket.findById(id);
                                Panache.getEntityManager().find(Product.class, id);
                            }
                        }
                        """));
    }

    private Optional<DataLayer.Access> classify(ProjectModel model, String call) {
        MethodCallExpr found = model.types().sourceType("shop.Caller").orElseThrow().findAll(MethodCallExpr.class).stream()
                .filter(c -> c.toString().equals(call)).findFirst().orElseThrow(() -> new AssertionError(call));
        return model.dataLayer().classify(found);
    }

    private DataLayer.Access access(ProjectModel model, String call) {
        return classify(model, call).orElseThrow(() -> new AssertionError("not classified: " + call));
    }

    @Test
    void activeRecordStaticAndInstanceCalls() throws Exception {
        ProjectModel model = model();
        DataLayer.Access byId = access(model, "Product.findById(id)");
        assertEquals(DataLayer.Kind.READ, byId.kind());
        assertEquals(DataLayer.ResultShape.SINGLE, byId.shape());
        assertEquals("shop.Product", byId.entity().name());
        assertNull(byId.lock());
        assertEquals("LockModeType.PESSIMISTIC_WRITE", access(model, "Product.findById(id, LockModeType.PESSIMISTIC_WRITE)").lock());

        DataLayer.Access first = access(model, "Product.find(\"sku\", sku).firstResult()");
        assertEquals(DataLayer.ResultShape.SINGLE, first.shape());
        assertEquals("select * from Product where sku = ?1", first.statement());
        assertTrue(Panache.returnsNullWhenMissing(first));
        DataLayer.Access locked = access(model, "Product.find(\"sku = ?1 and stock > 0\", sku).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()");
        assertEquals(DataLayer.ResultShape.OPTIONAL, locked.shape());
        assertEquals("LockModeType.PESSIMISTIC_WRITE", locked.lock());

        DataLayer.Access count = access(model, "Product.count(\"sku\", sku)");
        assertEquals("select count(*) from Product where sku = ?1", count.statement());
        assertEquals(DataLayer.ResultShape.VALUE, count.shape());

        assertEquals(DataLayer.Kind.ATOMIC_UPDATE, access(model, "Product.update(\"stock = stock - ?1 where id = ?2 and stock >= ?1\", 1, id)").kind());
        DataLayer.Access overwrite = access(model, "Product.update(\"stock = ?1 where id = ?2\", 3, id)");
        assertEquals(DataLayer.Kind.BULK_UPDATE, overwrite.kind());
        assertEquals("update Product set stock = ?1 where id = ?2", overwrite.statement());
        assertEquals("delete from Product where stock = 0", access(model, "Product.delete(\"stock = 0\")").statement());

        assertEquals(DataLayer.Kind.SAVE, access(model, "p.persist()").kind());
        assertEquals(DataLayer.Kind.DELETE, access(model, "p.delete()").kind());
    }

    @Test
    void repositoriesReactiveEntitiesAndTheEntityManager() throws Exception {
        ProjectModel model = model();
        DataLayer.Access byId = access(model, "customers.findById(id)");
        assertEquals("shop.Customer", byId.entity().name());
        assertEquals(DataLayer.ResultShape.SINGLE, byId.shape());
        assertEquals(DataLayer.ResultShape.MANY, access(model, "customers.find(\"email\", sku).list()").shape());
        assertEquals(DataLayer.Kind.SAVE, access(model, "customers.persist(c)").kind());
        assertFalse(classify(model, "customers.byEmail(sku)").isPresent(), "a repository method with a body is a helper to follow");
        // Hibernate Reactive Panache returns a Uni: an entity that may be missing
        assertEquals(DataLayer.ResultShape.OPTIONAL, access(model, "Ticket.findById(id)").shape());
        DataLayer.Access em = access(model, "Panache.getEntityManager().find(Product.class, id)");
        assertEquals(DataLayer.Kind.READ, em.kind());
        assertEquals("EntityManager", em.source());
    }
}

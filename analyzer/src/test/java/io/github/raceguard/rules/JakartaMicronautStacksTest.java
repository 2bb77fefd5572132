package io.github.raceguard.rules;

import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: Jakarta EE container-managed and bean-managed transactions, EJB singleton
 * concurrency, Micronaut's self-intercepting transactions and Hibernate's StatelessSession —
 * each decision point with its level and what the message says, from sources alone.
 */
class JakartaMicronautStacksTest {

    @TempDir
    Path dir;

    private static final String PRODUCT = """
            package t;
            @jakarta.persistence.Entity
            public class Product {
                @jakarta.persistence.Id Long id; int stock;
                public int getStock() { return stock; }
                public void setStock(int s) { stock = s; }
            }
            """;

    @Test
    void aStatelessBeanMethodRunsInAContainerTransactionByDefault() throws Exception {
        List<Finding> weak = InlineSources.assertMarked(dir, "lost-update-weak-isolation", Map.of(
                "src/main/java/t/Product.java", PRODUCT,
                "src/main/java/t/Inventory.java", """
                        package t;
                        import jakarta.ejb.Stateless;
                        import jakarta.persistence.EntityManager;
                        import jakarta.persistence.PersistenceContext;
                        @Stateless
                        public class Inventory {
                            @PersistenceContext EntityManager em;
                            public void sell(Long id) {
                                Product p = em.find(Product.class, id);
                                p.setStock(p.getStock() - 1); // expect: lost-update-weak-isolation
                            }
                        }
                        """));
        assertEquals(Level.WARNING, weak.get(0).level());
        assertTrue(weak.get(0).plainMessage().contains("container-managed transaction of the @Stateless Inventory"), weak.get(0).plainMessage());
    }

    @Test
    void beanManagedTransactionsOnlyRunBetweenBeginAndCommit() throws Exception {
        Map<String, String> sources = Map.of(
                "src/main/java/t/Product.java", PRODUCT,
                "src/main/java/t/Inventory.java", """
                        package t;
                        import jakarta.annotation.Resource;
                        import jakarta.ejb.Stateless;
                        import jakarta.ejb.TransactionManagement;
                        import jakarta.ejb.TransactionManagementType;
                        import jakarta.persistence.EntityManager;
                        import jakarta.persistence.PersistenceContext;
                        import jakarta.transaction.UserTransaction;
                        @Stateless
                        @TransactionManagement(TransactionManagementType.BEAN)
                        public class Inventory {
                            @PersistenceContext EntityManager em;
                            @Resource UserTransaction ut;
                            public void sell(Long id) {
                                Product p = em.find(Product.class, id);
                                p.setStock(p.getStock() - 1);
                                em.merge(p); // expect: lost-update
                            }
                            public void sellInTransaction(Long id) throws Exception {
                                ut.begin();
                                Product p = em.find(Product.class, id);
                                p.setStock(p.getStock() - 1);
                                em.merge(p); // expect: lost-update-weak-isolation
                                ut.commit();
                            }
                        }
                        """);
        List<Finding> lost = InlineSources.assertMarked(dir, "lost-update", sources);
        assertEquals(Level.ERROR, lost.get(0).level());
        assertTrue(lost.get(0).plainMessage().contains("@TransactionManagement(BEAN) on Inventory"), lost.get(0).plainMessage());
        List<Finding> weak = InlineSources.assertMarked(dir, "lost-update-weak-isolation", sources);
        assertTrue(weak.get(0).plainMessage().contains("hand-managed transaction ut.begin() .. ut.commit()"), weak.get(0).plainMessage());
    }

    @Test
    void anEjbSingletonIsSerializedUnlessReadLockedOrBeanManaged() throws Exception {
        List<Finding> shared = InlineSources.assertMarked(dir, "shared-mutable-state", Map.of(
                "src/main/java/t/Counter.java", """
                        package t;
                        import javax.ejb.Lock;
                        import javax.ejb.LockType;
                        import javax.ejb.Singleton;
                        @Singleton
                        public class Counter {
                            private int writes;
                            private int reads;
                            public void hit() { writes++; }
                            @Lock(LockType.READ)
                            public void peek() {
                                reads++; // expect: shared-mutable-state
                            }
                        }
                        """,
                "src/main/java/t/Cache.java", """
                        package t;
                        import jakarta.ejb.ConcurrencyManagement;
                        import jakarta.ejb.ConcurrencyManagementType;
                        import jakarta.ejb.Singleton;
                        @Singleton
                        @ConcurrencyManagement(ConcurrencyManagementType.BEAN)
                        public class Cache {
                            private int reloads;
                            public void reload() {
                                reloads++; // expect: shared-mutable-state
                            }
                        }
                        """,
                "src/main/java/t/Pooled.java", """
                        package t;
                        @jakarta.ejb.Stateless
                        public class Pooled {
                            private int runs;
                            public void run() { runs++; }
                        }
                        """));
        assertTrue(shared.stream().allMatch(f -> f.level() == Level.WARNING));
        assertTrue(shared.stream().anyMatch(f -> f.plainMessage().contains("EJB @Singleton Cache (bean-managed concurrency")),
                shared.toString());
    }

    @Test
    void selfInvocationOfAnEjbTransactionAttributeIsABypass() throws Exception {
        List<Finding> bypass = InlineSources.assertMarked(dir, "transaction-bypass", Map.of(
                "src/main/java/t/Orders.java", """
                        package t;
                        import jakarta.ejb.Stateless;
                        import jakarta.ejb.TransactionAttribute;
                        import jakarta.ejb.TransactionAttributeType;
                        import jakarta.persistence.EntityManager;
                        import jakarta.persistence.PersistenceContext;
                        @Stateless
                        public class Orders {
                            @PersistenceContext EntityManager em;
                            public void place(Product p) {
                                em.persist(p);
                                audit(p); // expect: transaction-bypass
                            }
                            @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
                            public void audit(Product p) { em.persist(p); }
                        }
                        """,
                "src/main/java/t/Product.java", PRODUCT));
        assertEquals(Level.WARNING, bypass.get(0).level());
        assertTrue(bypass.get(0).plainMessage().contains("the EJB container's proxy does not apply its @TransactionAttribute"),
                bypass.get(0).plainMessage());
        assertTrue(bypass.get(0).plainMessage().contains("TransactionAttributeType.REQUIRES_NEW is ignored"), bypass.get(0).plainMessage());
    }

    private static final String MICRONAUT_SERVICE = """
            package t;
            import io.micronaut.transaction.annotation.Transactional;
            import jakarta.inject.Singleton;
            import jakarta.persistence.EntityManager;
            @Singleton
            public class Stock {
                private final EntityManager em;
                Stock(EntityManager em) { this.em = em; }
                public void takeAll(java.util.List<Long> ids) {
                    for (Long id : ids) {
                        take(id);
                    }
                }
                @Transactional
                void take(Long id) {
                    Product p = em.find(Product.class, id);
                    p.setStock(p.getStock() - 1); // expect: lost-update-weak-isolation
                }
            }
            """;

    @Test
    void micronautInterceptsSelfInvocationAndPackagePrivateMethods() throws Exception {
        Map<String, String> sources = Map.of("src/main/java/t/Product.java", PRODUCT, "src/main/java/t/Stock.java", MICRONAUT_SERVICE);
        InlineSources.assertMarked(dir, "transaction-bypass", sources);
        InlineSources.assertMarked(dir, "lost-update", sources);
        List<Finding> weak = InlineSources.assertMarked(dir, "lost-update-weak-isolation", sources);
        assertEquals(Level.WARNING, weak.get(0).level());
    }

    @Test
    void aStatelessSessionWritesOnlyWhatUpdateWrites() throws Exception {
        List<Finding> lost = InlineSources.assertMarked(dir, "lost-update", Map.of(
                "src/main/java/t/Product.java", PRODUCT,
                "src/main/java/t/Dao.java", """
                        package t;
                        import org.hibernate.SessionFactory;
                        import org.hibernate.StatelessSession;
                        public class Dao {
                            SessionFactory factory;
                            public void preview(Long id) {
                                StatelessSession s = factory.openStatelessSession();
                                Product p = s.get(Product.class, id);
                                p.setStock(p.getStock() - 1);
                            }
                            public void take(Long id) {
                                StatelessSession s = factory.openStatelessSession();
                                Product p = s.get(Product.class, id);
                                p.setStock(p.getStock() - 1);
                                s.update(p); // expect: lost-update
                            }
                        }
                        """));
        assertEquals(Level.ERROR, lost.get(0).level()); // preview() changes it, but nothing flushes a StatelessSession's entity
    }

    @Test
    void aMicronautPartialUpdateWritesTheValuesItIsGiven() throws Exception {
        List<Finding> lost = InlineSources.assertMarked(dir, "lost-update", Map.of(
                "src/main/java/t/Book.java", """
                        package t;
                        @io.micronaut.data.annotation.MappedEntity
                        public class Book {
                            @io.micronaut.data.annotation.Id Long id; int copies;
                            public Long getId() { return id; }
                            public int getCopies() { return copies; }
                        }
                        """,
                "src/main/java/t/Books.java", """
                        package t;
                        import io.micronaut.data.annotation.Id;
                        import io.micronaut.data.jdbc.annotation.JdbcRepository;
                        import io.micronaut.data.repository.CrudRepository;
                        @JdbcRepository
                        public interface Books extends CrudRepository<Book, Long> {
                            void update(@Id Long id, int copies);
                        }
                        """,
                "src/main/java/t/Shop.java", """
                        package t;
                        @jakarta.inject.Singleton
                        public class Shop {
                            private final Books books;
                            Shop(Books books) { this.books = books; }
                            public void sell(Long id) {
                                Book b = books.findById(id).orElseThrow();
                                books.update(b.getId(), b.getCopies() - 1); // expect: lost-update
                            }
                            public void overwrite(Long id, int copies) {
                                Book b = books.findById(id).orElseThrow();
                                books.update(b.getId(), copies);
                            }
                        }
                        """));
        assertEquals(Level.ERROR, lost.get(0).level());
    }
}

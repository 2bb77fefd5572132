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

/** stale-overwrite: the level, the related locations (read, atomic update) and the code flow. */
class StaleOverwriteRuleTest {

    private static final String RULE = "stale-overwrite";

    @TempDir
    Path dir;

    private static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "shop_item")
            public class Item {
                @Id @GeneratedValue Long id;
                String title;
                @Column(name = "units_left") int unitsLeft;
                @Column(updatable = false) int reserved;
                public void setTitle(String title) { this.title = title; }
            }
            """;

    private static final String REPOSITORY = """
            package shop;
            import org.springframework.data.jpa.repository.*;
            public interface ItemRepository extends JpaRepository<Item, Long> {
            }
            """;

    private static final String ORDERS = """
            package shop;
            import org.springframework.jdbc.core.JdbcTemplate;
            public class Orders {
                private final JdbcTemplate jdbc;
                public Orders(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                public boolean take(long id, int q) {
                    return jdbc.update("update shop_item set units_left = units_left - ? where id = ? and units_left >= ?", q, id, q) == 1;
                }
                public void reserve(long id, int q) {
                    jdbc.update("update shop_item set reserved = reserved + ? where id = ?", q, id);
                }
            }
            """;

    private static final String EDITING = """
            package shop;
            public class Editing {
                private final ItemRepository items;
                public Editing(ItemRepository items) { this.items = items; }
                public void retitle(long id, String title) {
                    Item item = items.findById(id).orElseThrow();
                    item.setTitle(title);
                    items.save(item); // expect: stale-overwrite
                }
            }
            """;

    @Test
    void aJdbcDecrementOfAMappedColumnIsRevertedByAFullSaveAndNamedInTheFinding() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, RULE, Map.of(
                "shop/Item.java", ENTITY, "shop/ItemRepository.java", REPOSITORY,
                "shop/Orders.java", ORDERS, "shop/Editing.java", EDITING));
        Finding finding = findings.get(0);
        assertEquals(Level.WARNING, finding.level());
        // the read, then the atomic update of units_left (reserved is not updatable: the save cannot revert it)
        assertEquals("Editing.java:6", finding.related().get(0).shortName());
        assertEquals("Orders.java:7", finding.related().get(1).shortName());
        assertEquals(2, finding.related().size(), finding.plainMessage());
        assertTrue(finding.plainMessage().contains("including units_left"), finding.plainMessage());
        // code flow: read -> change -> write; the atomic update is a related location, not a step
        assertEquals(List.of(6, 7, 8), finding.flow().stream().map(l -> l.line()).toList());
    }

    @Test
    void noAtomicUpdateOfAWrittenColumnNoFinding() throws Exception {
        String ordersOfReserved = ORDERS.replace("units_left = units_left - ? where id = ? and units_left >= ?", "title = ? where id = ?");
        InlineSources.assertMarked(dir, RULE, Map.of(
                "shop/Item.java", ENTITY, "shop/ItemRepository.java", REPOSITORY,
                "shop/Orders.java", ordersOfReserved, "shop/Editing.java", EDITING.replace(" // expect: stale-overwrite", "")));
    }

    @Test
    void aJpqlUpdateBelongsToItsRepositorysEntityNotToAnotherClassOfTheSameName() throws Exception {
        String entity = """
                package PKG;
                import jakarta.persistence.*;
                @Entity
                public class Product {
                    @Id @GeneratedValue Long id;
                    String name;
                    int stock;
                    public void setName(String name) { this.name = name; }
                }
                """;
        String repository = """
                package PKG;
                import org.springframework.data.jpa.repository.*;
                public interface ProductRepository extends JpaRepository<Product, Long> {
                    @Modifying
                    @Query("update Product p set p.stock = p.stock - :q where p.id = :id")
                    int take(Long id, int q);
                }
                """;
        String orders = """
                package orders;
                public class Orders {
                    private final orders.ProductRepository products;
                    public Orders(orders.ProductRepository products) { this.products = products; }
                    public void order(long id) { products.take(id, 1); }
                }
                """;
        String catalog = """
                package catalog;
                public class Catalog {
                    private final catalog.ProductRepository products;
                    public Catalog(catalog.ProductRepository products) { this.products = products; }
                    public void rename(long id, String name) {
                        Product product = products.findById(id).orElseThrow();
                        product.setName(name);
                        products.save(product);
                    }
                }
                """;
        // two services in one repository, each with its own Product: only orders.Product is decremented
        InlineSources.assertMarked(dir, RULE, Map.of(
                "orders/Product.java", entity.replace("PKG", "orders"), "orders/ProductRepository.java", repository.replace("PKG", "orders"),
                "catalog/Product.java", entity.replace("PKG", "catalog"),
                "catalog/ProductRepository.java", repository.replace("PKG", "catalog").replaceAll("(?s)@Modifying.*int take\\(Long id, int q\\);", ""),
                "orders/Orders.java", orders, "catalog/Catalog.java", catalog));
        // the same rename in the orders service is reported
        InlineSources.assertMarked(dir.resolve("same"), RULE, Map.of(
                "orders/Product.java", entity.replace("PKG", "orders"), "orders/ProductRepository.java", repository.replace("PKG", "orders"),
                "orders/Orders.java", orders,
                "orders/Catalog.java", catalog.replace("package catalog;", "package orders;").replace("catalog.ProductRepository", "orders.ProductRepository")
                        .replace("products.save(product);", "products.save(product); // expect: stale-overwrite")));
    }
}

package io.github.raceguard.report;

/** A tiny Spring shop with one lost update (line 12) and one under weak isolation (line 18); line 8 is free to insert above. */
public final class ShopSources {
    private ShopSources() {
    }

    public static final String ENTITY = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Product {
                @Id Long id;
                int stock;
                public int getStock() { return stock; }
                public void setStock(int stock) { this.stock = stock; }
            }
            """;
    public static final String REPOSITORY = """
            package shop;
            import org.springframework.data.jpa.repository.JpaRepository;
            public interface ProductRepository extends JpaRepository<Product, Long> { }
            """;
    public static final String SERVICE = """
            package shop;
            import org.springframework.stereotype.Service;
            import org.springframework.transaction.annotation.Transactional;
            @Service
            public class StockService {
                private final ProductRepository products;
                StockService(ProductRepository products) { this.products = products; }
            //INSERT
                public void take(long id, int qty) {
                    Product p = products.findById(id).orElseThrow();
                    p.setStock(p.getStock() - qty);
                    products.save(p);
                }

                @Transactional
                public void give(long id, int qty) {
                    Product p = products.findById(id).orElseThrow();
                    p.setStock(p.getStock() + qty);
                }
            }
            """;

}

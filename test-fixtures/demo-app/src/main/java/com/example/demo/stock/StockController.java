package com.example.demo.stock;

import com.example.demo.support.Outcome;
import com.example.demo.support.Variants;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/stock/{variant}/products?available=N} → id;
 * {@code POST /api/stock/{variant}/products/{id}/reserve?quantity=Q} → 200 reserved, 409 sold out;
 * {@code GET /api/stock/{variant}/products/{id}} → units left.
 */
@RestController
@RequestMapping("/api/stock/{variant}/products")
public class StockController {

    private final Map<String, StockReservation> variants;

    public StockController(List<StockReservation> variants) {
        this.variants = Variants.byName(variants, StockReservation::variant);
    }

    @PostMapping
    public long create(@PathVariable String variant, @RequestParam int available) {
        return Variants.get(variants, variant).createProduct(available);
    }

    @GetMapping("/{id}")
    public int available(@PathVariable String variant, @PathVariable long id) {
        return Variants.get(variants, variant).available(id);
    }

    @PostMapping("/{id}/reserve")
    public ResponseEntity<String> reserve(@PathVariable String variant, @PathVariable long id,
            @RequestParam(defaultValue = "1") int quantity) {
        return Outcome.of(Variants.get(variants, variant).reserve(id, quantity), "not enough stock");
    }
}

package com.example.demo.catalog;

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
 * {@code POST /api/catalog/{variant}/items?name=X&stock=N} → id;
 * {@code POST /api/catalog/{variant}/items/{id}/order?quantity=Q} → 200 taken, 409 sold out;
 * {@code POST /api/catalog/{variant}/items/{id}/rename?name=X};
 * {@code GET /api/catalog/{variant}/items/{id}/stock} and {@code .../name}.
 */
@RestController
@RequestMapping("/api/catalog/{variant}/items")
public class CatalogController {

    private final Map<String, CatalogEditing> variants;

    public CatalogController(List<CatalogEditing> variants) {
        this.variants = Variants.byName(variants, CatalogEditing::variant);
    }

    @PostMapping
    public long create(@PathVariable String variant, @RequestParam String name, @RequestParam int stock) {
        return Variants.get(variants, variant).createItem(name, stock);
    }

    @GetMapping("/{id}/stock")
    public int stock(@PathVariable String variant, @PathVariable long id) {
        return Variants.get(variants, variant).stock(id);
    }

    @GetMapping("/{id}/name")
    public String name(@PathVariable String variant, @PathVariable long id) {
        return Variants.get(variants, variant).name(id);
    }

    @PostMapping("/{id}/order")
    public ResponseEntity<String> order(@PathVariable String variant, @PathVariable long id,
            @RequestParam(defaultValue = "1") int quantity) {
        return Outcome.of(Variants.get(variants, variant).order(id, quantity), "not enough stock");
    }

    @PostMapping("/{id}/rename")
    public ResponseEntity<String> rename(@PathVariable String variant, @PathVariable long id, @RequestParam String name) {
        Variants.get(variants, variant).rename(id, name);
        return Outcome.of(true, "");
    }
}

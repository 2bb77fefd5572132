package com.example.demo.seats;

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
 * {@code POST /api/seats/{variant}} → id; {@code GET /api/seats/{variant}/{id}} → holder (empty: free);
 * {@code POST /api/seats/{variant}/{id}/book?customer=C} → 200 booked, 409 taken.
 */
@RestController
@RequestMapping("/api/seats/{variant}")
public class SeatController {

    private final Map<String, SeatBooking> variants;

    public SeatController(List<SeatBooking> variants) {
        this.variants = Variants.byName(variants, SeatBooking::variant);
    }

    @PostMapping
    public long create(@PathVariable String variant) {
        return Variants.get(variants, variant).createSeat();
    }

    @GetMapping("/{id}")
    public String holder(@PathVariable String variant, @PathVariable long id) {
        String holder = Variants.get(variants, variant).holder(id);
        return holder == null ? "" : holder;
    }

    @PostMapping("/{id}/book")
    public ResponseEntity<String> book(@PathVariable String variant, @PathVariable long id, @RequestParam String customer) {
        return Outcome.of(Variants.get(variants, variant).book(id, customer), "seat taken");
    }
}

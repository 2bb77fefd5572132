package com.example.demo.coupons;

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
 * {@code POST /api/coupons/{variant}/{code}/redeem?customer=C} → 200 granted, 409 already used;
 * {@code GET /api/coupons/{variant}/{code}/redemptions?customer=C} → how many times granted.
 */
@RestController
@RequestMapping("/api/coupons/{variant}/{code}")
public class CouponController {

    private final Map<String, Coupons> variants;

    public CouponController(List<Coupons> variants) {
        this.variants = Variants.byName(variants, Coupons::variant);
    }

    @PostMapping("/redeem")
    public ResponseEntity<String> redeem(@PathVariable String variant, @PathVariable String code, @RequestParam String customer) {
        return Outcome.of(Variants.get(variants, variant).redeem(code, customer), "coupon already used");
    }

    @GetMapping("/redemptions")
    public long redemptions(@PathVariable String variant, @PathVariable String code, @RequestParam String customer) {
        return Variants.get(variants, variant).redemptions(code, customer);
    }
}

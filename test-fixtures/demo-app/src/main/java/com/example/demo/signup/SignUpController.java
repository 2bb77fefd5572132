package com.example.demo.signup;

import com.example.demo.support.Outcome;
import com.example.demo.support.Variants;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/users/{variant}?email=E} → 200 created, 409 address taken;
 * {@code GET /api/users/{variant}/count?email=E} → accounts with that address.
 */
@RestController
@RequestMapping("/api/users/{variant}")
public class SignUpController {

    private final Map<String, SignUp> variants;

    public SignUpController(List<SignUp> variants) {
        this.variants = Variants.byName(variants, SignUp::variant);
    }

    @PostMapping
    public ResponseEntity<String> signUp(@PathVariable String variant, @RequestParam String email) {
        return Outcome.of(Variants.get(variants, variant).signUp(email), "e-mail address taken");
    }

    @GetMapping("/count")
    public long accounts(@PathVariable String variant, @RequestParam String email) {
        return Variants.get(variants, variant).accounts(email);
    }

    /** The unique constraint refused a second account with the same address. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<String> duplicate(DataIntegrityViolationException duplicate) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body("e-mail address taken");
    }
}

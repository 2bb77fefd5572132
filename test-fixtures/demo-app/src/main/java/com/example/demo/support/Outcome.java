package com.example.demo.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a write endpoint answers: 200 when the operation happened, 409 when it was refused. */
public final class Outcome {

    private Outcome() {
    }

    public static ResponseEntity<String> of(boolean done, String refusal) {
        return done ? ResponseEntity.ok("ok") : ResponseEntity.status(HttpStatus.CONFLICT).body(refusal);
    }
}

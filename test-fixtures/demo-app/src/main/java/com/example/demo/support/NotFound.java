package com.example.demo.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

public final class NotFound {

    private NotFound() {
    }

    public static ResponseStatusException of(String what, Object id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, what + " " + id + " not found");
    }
}

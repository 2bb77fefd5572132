package com.example.common;

public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object key) {
        super(what + " not found: " + key);
    }
}

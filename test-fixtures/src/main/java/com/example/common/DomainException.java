package com.example.common;

public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}

package com.acme.bank;

public class Broken {
    void half(long id {
        return
}

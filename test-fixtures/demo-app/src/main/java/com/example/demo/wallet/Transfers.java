package com.example.demo.wallet;

/** Moving money between two accounts: one implementation per variant. */
public interface Transfers {

    String variant();

    /** @return whether the money moved ({@code false}: the source's balance does not cover it) */
    boolean transfer(long fromId, long toId, long amount);
}

package com.example.demo.signup;

/** Registering an e-mail address, one account per address: one implementation per variant. */
public interface SignUp {

    String variant();

    /** @return whether an account was created ({@code false}: the address is taken) */
    boolean signUp(String email);

    /** How many accounts carry {@code email}: 0 or 1 when the rule holds. */
    long accounts(String email);
}

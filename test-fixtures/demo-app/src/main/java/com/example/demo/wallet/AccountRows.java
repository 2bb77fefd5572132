package com.example.demo.wallet;

/** The {@code account} table through plain JDBC ({@code java.sql}), for the JDBC variants. */
public final class AccountRows {

    public static final String SELECT_BALANCE = "select balance from account where id = ?";
    public static final String SELECT_BALANCE_FOR_UPDATE = "select balance from account where id = ? for update";
    public static final String UPDATE_BALANCE = "update account set balance = ? where id = ?";

    private AccountRows() {
    }
}

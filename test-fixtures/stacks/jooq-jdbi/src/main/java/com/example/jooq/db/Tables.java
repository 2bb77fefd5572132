package com.example.jooq.db;

import com.example.jooq.db.tables.Product;
import com.example.jooq.db.tables.Subscriber;
import com.example.jooq.db.tables.UserAccount;
import com.example.jooq.db.tables.Wallet;

/**
 * Convenience access to all tables, written by hand the way jooq-codegen (3.19, default
 * generator strategy) writes it into target/generated-sources/jooq.
 */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class Tables {

    /** The table <code>public.product</code>. */
    public static final Product PRODUCT = Product.PRODUCT;

    /** The table <code>public.user_account</code>. */
    public static final UserAccount USER_ACCOUNT = UserAccount.USER_ACCOUNT;

    /** The table <code>public.subscriber</code> (unique email). */
    public static final Subscriber SUBSCRIBER = Subscriber.SUBSCRIBER;

    /** The table <code>public.wallet</code> (a version column). */
    public static final Wallet WALLET = Wallet.WALLET;
}

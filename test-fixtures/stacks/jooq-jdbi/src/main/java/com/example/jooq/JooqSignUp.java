package com.example.jooq;

import static com.example.jooq.db.Tables.SUBSCRIBER;
import static com.example.jooq.db.Tables.USER_ACCOUNT;

import com.example.jooq.db.tables.records.UserAccountRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Check-then-insert through jOOQ: fetchExists / fetchCount / selectCount / a fetchOne() null check
 * decide an insertInto(..). user_account has no unique key on email (see db/migration), subscriber
 * has one; upserts (onConflict..doNothing, onConflictDoNothing, onDuplicateKeyIgnore) are no check.
 */
public class JooqSignUp {

    private final DSLContext dsl;

    public JooqSignUp(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void signUpExists(String email) {
        if (dsl.fetchExists(dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email)))) {
            throw new IllegalArgumentException("taken");
        }
        dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).execute(); // expect: check-then-insert
    }

    public void signUpCount(String email) {
        int existing = dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(email));
        if (existing == 0) {
            dsl.insertInto(USER_ACCOUNT).set(USER_ACCOUNT.EMAIL, email).execute(); // expect: check-then-insert
        }
    }

    public void signUpSelectCount(String email) {
        int existing = dsl.selectCount().from(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email)).fetchOne(0, int.class);
        if (existing > 0) {
            return;
        }
        dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).execute(); // expect: check-then-insert
    }

    public void signUpFetchOne(String email) {
        UserAccountRecord existing = dsl.selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.EMAIL.eq(email)).fetchOne();
        if (existing == null) {
            dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).execute(); // expect: check-then-insert
        }
    }

    /** SAFE: an upsert resolves the duplicate in the database. */
    public void signUpUpsert(String email) {
        if (!dsl.fetchExists(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(email))) {
            dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).onConflict(USER_ACCOUNT.EMAIL).doNothing().execute();
        }
    }

    /** SAFE: onConflictDoNothing(). */
    public void signUpConflictDoNothing(String email) {
        if (dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(email)) == 0) {
            dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).onConflictDoNothing().execute();
        }
    }

    /** SAFE: MySQL's INSERT IGNORE. */
    public void signUpIgnore(String email) {
        if (dsl.fetchCount(USER_ACCOUNT, USER_ACCOUNT.EMAIL.eq(email)) == 0) {
            dsl.insertInto(USER_ACCOUNT, USER_ACCOUNT.EMAIL).values(email).onDuplicateKeyIgnore().execute();
        }
    }

    /** SAFE: subscriber.email is unique (uk_subscriber_email): the second insert fails. */
    public void subscribe(String email) {
        if (!dsl.fetchExists(dsl.selectFrom(SUBSCRIBER).where(SUBSCRIBER.EMAIL.eq(email)))) {
            dsl.insertInto(SUBSCRIBER, SUBSCRIBER.EMAIL).values(email).execute();
        }
    }

    /** Plain-SQL names: member has no unique key on email. */
    public void join(String email) {
        if (dsl.fetchCount(DSL.table("member"), DSL.field("email").eq(email)) == 0) {
            dsl.insertInto(DSL.table("member"), DSL.field("email")).values(email).execute(); // expect: check-then-insert
        }
    }
}

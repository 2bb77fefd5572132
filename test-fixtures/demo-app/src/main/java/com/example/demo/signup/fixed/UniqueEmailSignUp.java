package com.example.demo.signup.fixed;

import com.example.demo.signup.SignUp;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * FIXED with a unique constraint on the address: the check stays (it answers the common case
 * without an exception), the database refuses the second insert, and the controller turns the
 * {@code DataIntegrityViolationException} into 409.
 *
 * <p>Why no SERIALIZABLE variant for sign-up: PostgreSQL's SERIALIZABLE (SSI) does fail all but
 * one of the concurrent "no such address → insert" transactions, but H2 2.3's does not — under
 * the load test all 8 sign-ups commit and 8 accounts share the address. The constraint works on
 * every database.
 */
@Service
public class UniqueEmailSignUp implements SignUp {

    private static final String SCENARIO = "signup/unique";

    private final UniqueUserAccountRepository users;
    private final RaceHook hook;

    public UniqueEmailSignUp(UniqueUserAccountRepository users, RaceHook hook) {
        this.users = users;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "unique";
    }

    @Override
    public boolean signUp(String email) {
        hook.beforeRead(SCENARIO);
        if (users.existsByEmail(email)) {
            return false;
        }
        hook.betweenReadAndWrite(SCENARIO);
        users.save(new UniqueUserAccount(email));
        return true;
    }

    @Override
    public long accounts(String email) {
        return users.countByEmail(email);
    }
}

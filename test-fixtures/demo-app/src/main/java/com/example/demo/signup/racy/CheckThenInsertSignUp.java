package com.example.demo.signup.racy;

import com.example.demo.signup.SignUp;
import com.example.demo.signup.UserAccount;
import com.example.demo.signup.UserAccountRepository;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;

/**
 * RACY: "is the address free? then create the account" with no unique constraint on the address:
 * concurrent sign-ups with the same address all pass the check and all insert.
 */
@Service
public class CheckThenInsertSignUp implements SignUp {

    private static final String SCENARIO = "signup/racy";

    private final UserAccountRepository users;
    private final RaceHook hook;

    public CheckThenInsertSignUp(UserAccountRepository users, RaceHook hook) {
        this.users = users;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    public boolean signUp(String email) {
        hook.beforeRead(SCENARIO);
        if (users.existsByEmail(email)) {
            return false;
        }
        hook.betweenReadAndWrite(SCENARIO);
        users.save(new UserAccount(email)); // expect: check-then-insert
        return true;
    }

    @Override
    public long accounts(String email) {
        return users.countByEmail(email);
    }
}

package com.example.jooq.db.tables.records;

import com.example.jooq.db.tables.UserAccount;
import org.jooq.impl.UpdatableRecordImpl;

/** Generated-style record of <code>public.user_account</code>. */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class UserAccountRecord extends UpdatableRecordImpl<UserAccountRecord> {

    private static final long serialVersionUID = 1L;

    public UserAccountRecord setId(Long value) {
        set(0, value);
        return this;
    }

    public Long getId() {
        return (Long) get(0);
    }
    public UserAccountRecord setEmail(String value) {
        set(1, value);
        return this;
    }

    public String getEmail() {
        return (String) get(1);
    }
    /** Create a detached UserAccountRecord */
    public UserAccountRecord() {
        super(UserAccount.USER_ACCOUNT);
    }
}

package com.example.jooq.db.tables;

import com.example.jooq.db.tables.records.UserAccountRecord;
import org.jooq.Name;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** Generated-style table class for <code>public.user_account</code> (written by hand like jooq-codegen's output). */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class UserAccount extends TableImpl<UserAccountRecord> {

    private static final long serialVersionUID = 1L;

    /** The reference instance of <code>public.user_account</code> */
    public static final UserAccount USER_ACCOUNT = new UserAccount();

    /** The class holding records for this type */
    @Override
    public Class<UserAccountRecord> getRecordType() {
        return UserAccountRecord.class;
    }

    public final TableField<UserAccountRecord, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    public final TableField<UserAccountRecord, String> EMAIL = createField(DSL.name("email"), SQLDataType.VARCHAR(200).nullable(false), this, "");

    private UserAccount(Name alias) {
        super(alias);
    }

    /** Create a <code>public.user_account</code> table reference */
    public UserAccount() {
        this(DSL.name("user_account"));
    }

}

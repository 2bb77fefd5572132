package com.example.jooq.db.tables;

import com.example.jooq.db.tables.records.SubscriberRecord;
import org.jooq.Name;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** Generated-style table class for <code>public.subscriber</code> (written by hand like jooq-codegen's output). */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class Subscriber extends TableImpl<SubscriberRecord> {

    private static final long serialVersionUID = 1L;

    /** The reference instance of <code>public.subscriber</code> */
    public static final Subscriber SUBSCRIBER = new Subscriber();

    /** The class holding records for this type */
    @Override
    public Class<SubscriberRecord> getRecordType() {
        return SubscriberRecord.class;
    }

    public final TableField<SubscriberRecord, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false).identity(true), this, "");
    public final TableField<SubscriberRecord, String> EMAIL = createField(DSL.name("email"), SQLDataType.VARCHAR(200).nullable(false), this, "");

    private Subscriber(Name alias) {
        super(alias);
    }

    /** Create a <code>public.subscriber</code> table reference */
    public Subscriber() {
        this(DSL.name("subscriber"));
    }

}

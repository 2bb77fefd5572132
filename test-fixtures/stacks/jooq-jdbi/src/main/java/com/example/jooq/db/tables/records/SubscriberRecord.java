package com.example.jooq.db.tables.records;

import com.example.jooq.db.tables.Subscriber;
import org.jooq.impl.UpdatableRecordImpl;

/** Generated-style record of <code>public.subscriber</code>. */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class SubscriberRecord extends UpdatableRecordImpl<SubscriberRecord> {

    private static final long serialVersionUID = 1L;

    public SubscriberRecord setId(Long value) {
        set(0, value);
        return this;
    }

    public Long getId() {
        return (Long) get(0);
    }
    public SubscriberRecord setEmail(String value) {
        set(1, value);
        return this;
    }

    public String getEmail() {
        return (String) get(1);
    }
    /** Create a detached SubscriberRecord */
    public SubscriberRecord() {
        super(Subscriber.SUBSCRIBER);
    }
}

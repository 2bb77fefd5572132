package com.example.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.table;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * jOOQ without code generation: tables and fields named with DSL.table("..") / DSL.field("..")
 * (the plain-SQL shape of jOOQ's manual, "Plain SQL" / "Names and identifiers").
 */
public class PlainSqlCounters {

    private static final Table<Record> PAGE = table("page_view");
    private static final Field<Long> ID = field("id", Long.class);
    private static final Field<Integer> HITS = field("hits", Integer.class);

    private final DSLContext dsl;

    public PlainSqlCounters(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** RACY: hits read and written back plus one. */
    public void hit(long page) {
        Record row = dsl.select(HITS).from(PAGE).where(ID.eq(page)).fetchOne();
        int hits = row.get(HITS);
        dsl.update(PAGE).set(HITS, hits + 1).where(ID.eq(page)).execute(); // expect: lost-update
    }

    /** SAFE twin: hits = hits + 1 in the database. */
    public void hitAtomically(long page) {
        Record row = dsl.select(HITS).from(PAGE).where(ID.eq(page)).fetchOne();
        if (row != null) {
            dsl.update(PAGE).set(HITS, HITS.plus(1)).where(ID.eq(page)).execute();
        }
    }

    /** RACY: fields written in place as DSL.field("..") / DSL.table(".."). */
    public void hitInline(long page) {
        Integer hits = dsl.select(field("hits", Integer.class)).from(table("page_view")).where(field("id").eq(page)).fetchOneInto(Integer.class);
        dsl.update(table("page_view")).set(field("hits", Integer.class), hits + 1).where(field("id").eq(page)).execute(); // expect: lost-update
    }

    /** SAFE twin: the increment written as plain SQL, hits = hits + 1 in the database. */
    public void hitWithPlainSql(long page) {
        Record row = dsl.select(HITS).from(PAGE).where(ID.eq(page)).fetchOne();
        if (row != null) {
            dsl.update(PAGE).set(HITS, field("hits + {0}", Integer.class, 1)).where(ID.eq(page)).execute();
        }
    }
}

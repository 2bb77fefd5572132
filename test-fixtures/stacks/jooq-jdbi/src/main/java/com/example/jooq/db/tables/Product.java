package com.example.jooq.db.tables;

import com.example.jooq.db.tables.records.ProductRecord;
import org.jooq.Name;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** Generated-style table class for <code>public.product</code> (written by hand like jooq-codegen's output). */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class Product extends TableImpl<ProductRecord> {

    private static final long serialVersionUID = 1L;

    /** The reference instance of <code>public.product</code> */
    public static final Product PRODUCT = new Product();

    /** The class holding records for this type */
    @Override
    public Class<ProductRecord> getRecordType() {
        return ProductRecord.class;
    }

    public final TableField<ProductRecord, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<ProductRecord, String> NAME = createField(DSL.name("name"), SQLDataType.VARCHAR(100), this, "");
    public final TableField<ProductRecord, Integer> STOCK = createField(DSL.name("stock"), SQLDataType.INTEGER.nullable(false), this, "");

    private Product(Name alias) {
        super(alias);
    }

    /** Create a <code>public.product</code> table reference */
    public Product() {
        this(DSL.name("product"));
    }

}

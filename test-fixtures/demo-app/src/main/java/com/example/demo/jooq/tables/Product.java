package com.example.demo.jooq.tables;

import com.example.demo.jooq.tables.records.ProductRecord;
import org.jooq.Name;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.Internal;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.impl.TableImpl;

/** Generated-style table class for <code>product</code>. */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class Product extends TableImpl<ProductRecord> {

    private static final long serialVersionUID = 1L;

    /** The reference instance of <code>product</code> */
    public static final Product PRODUCT = new Product();

    @Override
    public Class<ProductRecord> getRecordType() {
        return ProductRecord.class;
    }

    public final TableField<ProductRecord, Long> ID = createField(DSL.name("id"), SQLDataType.BIGINT.nullable(false), this, "");
    public final TableField<ProductRecord, Integer> AVAILABLE = createField(DSL.name("available"), SQLDataType.INTEGER.nullable(false), this, "");

    private Product(Name alias) {
        super(alias);
    }

    public Product() {
        this(DSL.name("product"));
    }

    /** The primary key: UpdatableRecord.store() updates the row it identifies. */
    @Override
    public UniqueKey<ProductRecord> getPrimaryKey() {
        return Internal.createUniqueKey(this, DSL.name("product_pkey"), new TableField[] { ID }, true);
    }
}

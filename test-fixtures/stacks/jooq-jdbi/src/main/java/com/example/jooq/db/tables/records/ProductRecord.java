package com.example.jooq.db.tables.records;

import com.example.jooq.db.tables.Product;
import org.jooq.impl.UpdatableRecordImpl;

/** Generated-style record of <code>public.product</code>. */
@SuppressWarnings({ "all", "unchecked", "rawtypes" })
public class ProductRecord extends UpdatableRecordImpl<ProductRecord> {

    private static final long serialVersionUID = 1L;

    public ProductRecord setId(Long value) {
        set(0, value);
        return this;
    }

    public Long getId() {
        return (Long) get(0);
    }
    public ProductRecord setName(String value) {
        set(1, value);
        return this;
    }

    public String getName() {
        return (String) get(1);
    }
    public ProductRecord setStock(Integer value) {
        set(2, value);
        return this;
    }

    public Integer getStock() {
        return (Integer) get(2);
    }
    /** Create a detached ProductRecord */
    public ProductRecord() {
        super(Product.PRODUCT);
    }
}

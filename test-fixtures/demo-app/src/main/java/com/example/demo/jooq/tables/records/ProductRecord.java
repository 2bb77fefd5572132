package com.example.demo.jooq.tables.records;

import com.example.demo.jooq.tables.Product;
import org.jooq.impl.UpdatableRecordImpl;

/** Generated-style record of <code>product</code>. */
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

    public ProductRecord setAvailable(Integer value) {
        set(1, value);
        return this;
    }

    public Integer getAvailable() {
        return (Integer) get(1);
    }

    public ProductRecord() {
        super(Product.PRODUCT);
    }
}

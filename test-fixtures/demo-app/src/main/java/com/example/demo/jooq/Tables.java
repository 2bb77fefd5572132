package com.example.demo.jooq;

import com.example.demo.jooq.tables.Product;

/**
 * The demo's jOOQ tables, written by hand the way jooq-codegen writes them (the table is created
 * by Hibernate's ddl-auto from the JPA entity {@code stock.Product}).
 */
public class Tables {

    /** The table <code>product</code>. */
    public static final Product PRODUCT = Product.PRODUCT;
}

/**
 * Data layers as real projects use them, each fixture written after a shape met in a public
 * application (named in each class comment; no code copied): MyBatis Generator mappers found by
 * {@code @MapperScan} ({@code mybatis}), MyBatis-Plus mappers, services and update wrappers
 * ({@code mybatisplus}), Hibernate's native {@code Session} DAOs ({@code session}) and
 * read-through caches with a loader lambda ({@code cache}).
 */
package com.example.realcode;

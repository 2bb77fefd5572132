/**
 * Keys the database already enforces (issue 17, cause 6): lookups by the primary key whatever the
 * {@code @Id} is called, and unique keys declared only in a schema dump outside the resources
 * ({@code test-fixtures/sql/realcode-keys-dump.sql}, like ruoyi-vue-pro's {@code sql/mysql/} and
 * litemall's {@code litemall-db/sql/} dumps). Each safe shape sits next to the racy one that must
 * stay reported.
 */
package com.example.realcode.keys;

/**
 * Plain JDBC ({@code DataSource} / {@code Connection} / {@code PreparedStatement}) and
 * hand-managed transactions: JDBC {@code setAutoCommit(false)} ... {@code commit()} and Spring's
 * {@code PlatformTransactionManager.getTransaction(def)} ... {@code commit(status)}.
 * The manual-transaction shapes come from linlinjava/litemall before commit f52dcd3f33
 * (litemall-wx-api WxOrderController.submit / cancel, litemall-admin-api AdminGoodsController):
 * a stock read, decremented in Java and written back inside getTransaction .. commit(status).
 */
package com.example.realcode.jdbc;

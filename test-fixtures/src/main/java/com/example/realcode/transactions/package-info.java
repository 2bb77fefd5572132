/**
 * missing-transaction shapes whose partial completion is harmless or beyond a database
 * transaction (reported as notes), each next to its racy twin (a warning): a log row inserted
 * after the real write, writes around a call to another system, best-effort per-item loops.
 * The levels are asserted by MissingTransactionLevelTest.
 */
package com.example.realcode.transactions;

/**
 * Issue 15 fixtures: message listeners on at-least-once transports ({@code non-idempotent-consumer})
 * and calls to other systems made inside a transaction ({@code side-effect-in-transaction}), each
 * racy shape next to its protected twin.
 */
package com.example.messaging;

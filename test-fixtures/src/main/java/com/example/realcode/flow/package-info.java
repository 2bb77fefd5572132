/**
 * Value-flow shapes met in real applications (issue 12 shapes 2, 3 and 5; issue 17 causes 2 and 3),
 * each a racy method next to its safe twin. Every class names the public code whose shape it
 * follows (repository and file; no code is copied):
 * {@code cart} (a row looked up or created, then changed), {@code catalog} (children reached
 * through a parent: cascaded child entities, inverse-side collections, element collections),
 * {@code orders} (an embedded component changed through the entity's methods; state transitions
 * decided by the state read), {@code members} (setters reached through an entity interface and
 * through method references), {@code articles} (DTO round trips and mappers given the looked-up
 * id), {@code cache} (a value read from the database copied into a cache).
 */
package com.example.realcode.flow;

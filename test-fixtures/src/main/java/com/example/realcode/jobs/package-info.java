/**
 * Scheduled jobs that are safe on many nodes (issue 17, cause 5): work restricted to the owning
 * node by a leader or partition ownership check before the writes, jobs whose only writes are
 * idempotent predicate deletes, blind writes of values not computed from what was read (a
 * constant status, by a mapper update or by JPA dirty checking) and compare-and-set updates
 * (litemall's CouponJob and OrderJob). Each safe shape sits next to the racy one that must stay
 * reported: values computed from the read, inserts, a call to another system.
 */
package com.example.realcode.jobs;

/**
 * Scheduled jobs that are safe on many nodes (issue 17, cause 5): work restricted to the owning
 * node by a leader or partition ownership check before the writes, and jobs whose only writes
 * are idempotent predicate deletes. Each safe shape sits next to the racy one that must stay
 * reported.
 */
package com.example.realcode.jobs;

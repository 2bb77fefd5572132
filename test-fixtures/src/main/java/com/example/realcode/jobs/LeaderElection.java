package com.example.realcode.jobs;

/** A node's view of the cluster: leader election (Curator's LeaderLatch.hasLeadership()) and partition ownership. */
public interface LeaderElection {

    boolean isLeader();

    boolean isMyPartition(int partition);
}

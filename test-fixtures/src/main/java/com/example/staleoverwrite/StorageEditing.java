package com.example.staleoverwrite;

import org.springframework.stereotype.Service;

/** MyBatis statements: what a write writes is its SET list. */
@Service
public class StorageEditing {

    private final StorageBinMapper bins;

    public StorageEditing(StorageBinMapper bins) {
        this.bins = bins;
    }

    public boolean put(Long binId, int count) {
        return bins.take(binId, count) == 1;
    }

    // racy: the statement sets capacity_left from the object read
    public void relabel(Long binId, String label) {
        StorageBin bin = bins.selectByPrimaryKey(binId);
        bin.setLabel(label);
        bins.updateByPrimaryKey(bin); // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the statement sets only the label
    public void relabelOnly(Long binId, String label) {
        StorageBin bin = bins.selectByPrimaryKey(binId);
        bin.setLabel(label);
        bins.updateLabel(bin);
    }
}

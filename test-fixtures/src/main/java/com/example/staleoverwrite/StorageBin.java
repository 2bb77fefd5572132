package com.example.staleoverwrite;

/** A plain MyBatis row (litemall / newbee-mall generator shape). */
public class StorageBin {
    private Long id;
    private String label;
    private Integer capacityLeft;

    public Long getId() {
        return id;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getCapacityLeft() {
        return capacityLeft;
    }
}

package com.example.realcode.contexts.bypass;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class Location extends BaseEntity {

    private String name;
    private boolean retired;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }
}

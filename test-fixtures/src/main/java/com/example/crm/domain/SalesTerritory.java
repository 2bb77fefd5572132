package com.example.crm.domain;

import com.example.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** A sales territory; the {@code @Version} comes from {@link VersionedEntity}. */
@Entity
public class SalesTerritory extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private String name;

    private String region;

    private String manager;

    @Column(nullable = false)
    private BigDecimal quota = BigDecimal.ZERO;

    protected SalesTerritory() {
    }

    public SalesTerritory(String name, String region) {
        this.name = name;
        this.region = region;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public BigDecimal getQuota() {
        return quota;
    }

    public void setQuota(BigDecimal quota) {
        this.quota = quota;
    }
}

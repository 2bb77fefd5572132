package com.example.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Per-warehouse stock counter, mapped with public fields (field access), no version. */
@Entity
@Table(name = "stock_level",
        uniqueConstraints = @UniqueConstraint(columnNames = {"warehouse_code", "sku"}))
public class StockLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "warehouse_code", nullable = false)
    public String warehouseCode;

    @Column(nullable = false)
    public String sku;

    public int onHand;

    public int picks;

    protected StockLevel() {
    }
}

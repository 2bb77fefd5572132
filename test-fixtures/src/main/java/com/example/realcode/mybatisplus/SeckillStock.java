package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;

/** A flash-sale stock row guarded by MyBatis-Plus's optimistic-lock plugin ({@code @Version}). */
@TableName("seckill_stock")
public class SeckillStock {
    private Long id;
    private Integer stock;
    @Version
    private Integer version;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}

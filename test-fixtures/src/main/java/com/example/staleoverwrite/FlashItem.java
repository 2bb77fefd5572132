package com.example.staleoverwrite;

import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** A MyBatis-Plus row (ruoyi-vue-pro's seckill product shape). */
@TableName("flash_item")
public class FlashItem {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String title;
    private Integer stock;
    /** Never written by updateById: its changes go through the atomic sold counter only. */
    @TableField(updateStrategy = FieldStrategy.NEVER)
    private Integer sold;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getStock() {
        return stock;
    }
}

package com.example.realcode.lombok.domain;

import jakarta.persistence.MappedSuperclass;
import lombok.Getter;
import lombok.Setter;

/**
 * Counters shared by the statistics tables; the setters exist only through Lombok on this
 * mapped superclass. Real shape: YunaiV/ruoyi-vue-pro yudao-module-statistics
 * .../dataobject/product/ProductStatisticsDO.java (browse / favorite / cart counters).
 */
@MappedSuperclass
@Getter
@Setter
public abstract class StatisticsDO extends AuditedDO {

    private Integer browseCount = 0;
    private Integer favoriteCount = 0;
    private Integer cartCount = 0;
}

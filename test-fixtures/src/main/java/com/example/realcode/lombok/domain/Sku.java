package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A stock keeping unit without a version. Real shape: YunaiV/ruoyi-vue-pro
 * yudao-module-product .../dataobject/sku/ProductSkuDO.java (@Data, @EqualsAndHashCode(callSuper),
 * @Builder, @NoArgsConstructor, @AllArgsConstructor, extends BaseDO, stock and sales counters).
 */
@Entity
@Data
@EqualsAndHashCode(callSuper = true)
@Builder(toBuilder = true)
@NoArgsConstructor
@AllArgsConstructor
public class Sku extends AuditedDO {

    @Id
    @GeneratedValue
    private Long id;
    private Long spuId;
    private Integer price;
    private Integer stock;
    private Integer salesCount;
    @Setter(AccessLevel.NONE)
    private String barCode;
}

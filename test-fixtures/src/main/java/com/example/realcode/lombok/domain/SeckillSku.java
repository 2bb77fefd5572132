package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.Builder;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.NoArgsConstructor;
import lombok.AllArgsConstructor;

/** A flash-sale SKU: the same Lombok shape as {@link Sku}, versioned through {@link VersionedAuditedDO}. */
@Entity
@Data
@EqualsAndHashCode(callSuper = true)
@Builder(toBuilder = true)
@NoArgsConstructor
@AllArgsConstructor
public class SeckillSku extends VersionedAuditedDO {

    @Id
    @GeneratedValue
    private Long id;
    private Long skuId;
    private Integer stock;
    private Integer salesCount;
}

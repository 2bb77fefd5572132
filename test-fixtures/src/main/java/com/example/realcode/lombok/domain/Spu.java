package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.Getter;
import lombok.Setter;

/**
 * A product listing with getters on the class and setters only on the fields meant to change
 * (Lombok field-level {@code @Setter}), one of them a primitive boolean ({@code isRecommended()}).
 */
@Entity
@Getter
public class Spu extends AuditedDO {

    @Id
    @GeneratedValue
    private Long id;
    private String name;
    @Setter
    private Integer salesCount = 0;
    @Setter
    private Integer giveIntegral = 0;
    @Setter
    private boolean recommended;
}

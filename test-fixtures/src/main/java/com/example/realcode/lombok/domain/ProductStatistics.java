package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One product's daily counters; only getters on the class, the counters come from {@link StatisticsDO}. */
@Entity
@Getter
@NoArgsConstructor
public class ProductStatistics extends StatisticsDO {

    @Id
    @GeneratedValue
    private Long id;
    private Long spuId;
    private LocalDate day;
}

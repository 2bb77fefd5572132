package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.Data;
import lombok.experimental.Accessors;

/**
 * A shop member with chained setters ({@code @Accessors(chain = true)}: every setter returns
 * {@code this}). Real shape: YunaiV/ruoyi-vue-pro uses {@code @Accessors(chain = true)} on its
 * data objects and DTOs (e.g. yudao-module-crm .../CrmStatisticsPerformanceTargetRespVO.java) and
 * member points / experience counters on MemberUserDO.
 */
@Entity
@Data
@Accessors(chain = true)
public class MemberUser {

    @Id
    @GeneratedValue
    private Long id;
    private Integer point = 0;
    private Integer experience = 0;
    private Long levelId;
}

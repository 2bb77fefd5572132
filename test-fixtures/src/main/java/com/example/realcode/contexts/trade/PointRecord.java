package com.example.realcode.contexts.trade;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

@Entity
public class PointRecord extends BaseEntity {

    private Long memberId;
    private int points;

    protected PointRecord() {
    }

    public PointRecord(Long memberId, int points) {
        this.memberId = memberId;
        this.points = points;
    }

    public Long getMemberId() {
        return memberId;
    }

    public int getPoints() {
        return points;
    }
}

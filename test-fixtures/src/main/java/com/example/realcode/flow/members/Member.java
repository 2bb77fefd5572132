package com.example.realcode.flow.members;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A club member. No version. */
@Entity
public class Member implements PointsHolder {

    @Id
    @GeneratedValue
    private Long id;

    private String nickname;

    private long points;

    @Override
    public long getPoints() {
        return points;
    }

    @Override
    public void setPoints(long points) {
        this.points = points;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }
}

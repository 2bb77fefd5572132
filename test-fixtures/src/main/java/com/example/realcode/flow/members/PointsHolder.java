package com.example.realcode.flow.members;

/** What earns points; implemented by the member entity. */
public interface PointsHolder {

    long getPoints();

    void setPoints(long points);
}

package com.example.realcode.devset;

/** The older fragment naming: RosterRepository extends RosterRepositoryCustom, RosterRepositoryImpl implements it. */
public interface RosterRepositoryCustom {
    void transfer(long crewId, long fromShip, long toShip);
}

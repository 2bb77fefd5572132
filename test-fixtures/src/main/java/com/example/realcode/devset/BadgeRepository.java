package com.example.realcode.devset;

/** A Spring Data repository fragment: CrewRepository extends it, BadgeRepositoryImpl implements it. */
public interface BadgeRepository {
    void awardBadge(Crew crew, String badge);

    void awardBadgeAtomically(Crew crew, String badge);
}

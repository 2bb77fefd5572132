package com.example.realcode.devset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same fragment shape (sde-partyhat-missing-tx) with the {@code <Repository>Impl} naming:
 * named after RosterRepository, implementing its custom interface.
 */
public class RosterRepositoryImpl implements RosterRepositoryCustom {
    private final JdbcTemplate jdbc;

    public RosterRepositoryImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // racy: the crew leaves one ship and joins the other in two separate commits
    @Override
    public void transfer(long crewId, long fromShip, long toShip) {
        jdbc.update("DELETE FROM SHIP_CREW WHERE SHIP = ? AND CREW = ?", fromShip, crewId);
        jdbc.update("INSERT INTO SHIP_CREW (SHIP, CREW) VALUES (?, ?)", toShip, crewId); // expect: missing-transaction
    }
}

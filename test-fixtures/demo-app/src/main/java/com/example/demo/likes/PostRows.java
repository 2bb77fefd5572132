package com.example.demo.likes;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The {@code post} table through JDBC, for the JDBC variants. */
public final class PostRows {

    private PostRows() {
    }

    public static long insert(JdbcTemplate jdbc) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> connection.prepareStatement("insert into post (likes) values (0)", new String[] {"id"}), key);
        return key.getKey().longValue();
    }

    public static long likes(JdbcTemplate jdbc, long postId) {
        Long likes = jdbc.queryForObject("select likes from post where id = ?", Long.class, postId);
        return likes == null ? 0 : likes;
    }
}

package com.example.demo.likes.racy;

import com.example.demo.likes.Likes;
import com.example.demo.likes.PostRows;
import com.example.demo.support.RaceHook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * RACY with plain JDBC: SELECT the counter, add one in Java, UPDATE it with the computed value.
 * Concurrent likes read the same count and write the same count + 1.
 */
@Service
public class JdbcLikes implements Likes {

    private static final String SCENARIO = "likes/racy";

    private final JdbcTemplate jdbc;
    private final RaceHook hook;

    public JdbcLikes(JdbcTemplate jdbc, RaceHook hook) {
        this.jdbc = jdbc;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy";
    }

    @Override
    public long createPost() {
        return PostRows.insert(jdbc);
    }

    @Override
    public long likes(long postId) {
        return PostRows.likes(jdbc, postId);
    }

    @Override
    public void like(long postId) {
        hook.beforeRead(SCENARIO);
        Long likes = jdbc.queryForObject("select likes from post where id = ?", Long.class, postId);
        hook.betweenReadAndWrite(SCENARIO);
        jdbc.update("update post set likes = ? where id = ?", likes + 1, postId); // expect: lost-update
    }
}

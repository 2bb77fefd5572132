package com.example.demo.likes.fixed;

import com.example.demo.likes.Likes;
import com.example.demo.likes.PostRows;
import com.example.demo.support.RaceHook;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** FIXED with an atomic UPDATE: {@code SET likes = likes + 1} — the database does the addition. */
@Service
public class AtomicLikes implements Likes {

    private static final String SCENARIO = "likes/atomic";

    private final JdbcTemplate jdbc;
    private final RaceHook hook;

    public AtomicLikes(JdbcTemplate jdbc, RaceHook hook) {
        this.jdbc = jdbc;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "atomic";
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
        hook.betweenReadAndWrite(SCENARIO);
        jdbc.update("update post set likes = likes + 1 where id = ?", postId);
    }
}

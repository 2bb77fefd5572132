package com.example.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Like counter: N users like the same post at once. */
class LikeRaceTest extends RaceTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"racy", "racy-transactional"})
    void racyLikesAreLost(String variant) {
        // every request read 0 and wrote 1
        assertEquals(1, likeConcurrently(variant), "likes counted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"atomic", "versioned"})
    void fixedLikesAllCount(String variant) {
        assertEquals(N, likeConcurrently(variant), "likes counted");
    }

    private long likeConcurrently(String variant) {
        long retriesBefore = retry.retries();
        String posts = "/api/posts/" + variant;
        long id = postForId(posts);
        List<Integer> statuses = race("likes/" + variant, waitFor(variant), i -> posts + "/" + id + "/like");
        assertEquals(N, count(statuses, 200), "every like is accepted");
        long likes = getLong(posts + "/" + id + "/likes");
        report("likes/" + variant, N + " x like one post", plural(N, "like"), plural(likes, "like"), retriesBefore);
        return likes;
    }
}

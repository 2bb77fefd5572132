package com.example.demo.likes;

/** Liking a post: one implementation per variant. */
public interface Likes {

    String variant();

    long createPost();

    long likes(long postId);

    void like(long postId);
}

package com.example.demo.likes.racy;

import com.example.demo.likes.Likes;
import com.example.demo.likes.Post;
import com.example.demo.likes.PostRepository;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RACY although transactional: JPA reads the post, the counter is incremented on the managed
 * entity and dirty checking writes it at commit. At READ COMMITTED concurrent transactions all
 * read the same count and all write the same count + 1.
 */
@Service
public class TransactionalLikes implements Likes {

    private static final String SCENARIO = "likes/racy-transactional";

    private final PostRepository posts;
    private final RaceHook hook;

    public TransactionalLikes(PostRepository posts, RaceHook hook) {
        this.posts = posts;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "racy-transactional";
    }

    @Override
    public long createPost() {
        return posts.save(new Post()).getId();
    }

    @Override
    public long likes(long postId) {
        return posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId)).getLikes();
    }

    @Override
    @Transactional
    public void like(long postId) {
        hook.beforeRead(SCENARIO);
        Post post = posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId));
        hook.betweenReadAndWrite(SCENARIO);
        post.setLikes(post.getLikes() + 1); // expect: lost-update-weak-isolation
    }
}

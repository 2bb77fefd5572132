package com.example.demo.likes.fixed;

import com.example.demo.likes.Likes;
import com.example.demo.support.ConflictRetry;
import com.example.demo.support.NotFound;
import com.example.demo.support.RaceHook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FIXED with {@code @Version} and a retry: the increment commits only if nobody else committed
 * since the read; otherwise the transaction (read, increment, write) runs again. The failed
 * attempt was rolled back, so the retry cannot count a like twice.
 */
@Service
public class VersionedLikes implements Likes {

    private static final String SCENARIO = "likes/versioned";

    private final VersionedPostRepository posts;
    private final TransactionTemplate transaction;
    private final ConflictRetry retry;
    private final RaceHook hook;

    public VersionedLikes(VersionedPostRepository posts, PlatformTransactionManager transactionManager,
            ConflictRetry retry, RaceHook hook) {
        this.posts = posts;
        this.transaction = new TransactionTemplate(transactionManager);
        this.retry = retry;
        this.hook = hook;
    }

    @Override
    public String variant() {
        return "versioned";
    }

    @Override
    public long createPost() {
        return posts.save(new VersionedPost()).getId();
    }

    @Override
    public long likes(long postId) {
        return posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId)).getLikes();
    }

    @Override
    public void like(long postId) {
        retry.run(() -> transaction.execute(status -> {
            hook.beforeRead(SCENARIO);
            VersionedPost post = posts.findById(postId).orElseThrow(() -> NotFound.of("post", postId));
            hook.betweenReadAndWrite(SCENARIO);
            post.setLikes(post.getLikes() + 1);
            return null;
        }));
    }
}

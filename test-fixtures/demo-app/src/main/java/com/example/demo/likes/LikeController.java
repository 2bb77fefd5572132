package com.example.demo.likes;

import com.example.demo.support.Variants;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/posts/{variant}} → id; {@code POST /api/posts/{variant}/{id}/like};
 * {@code GET /api/posts/{variant}/{id}/likes} → the counter.
 */
@RestController
@RequestMapping("/api/posts/{variant}")
public class LikeController {

    private final Map<String, Likes> variants;

    public LikeController(List<Likes> variants) {
        this.variants = Variants.byName(variants, Likes::variant);
    }

    @PostMapping
    public long create(@PathVariable String variant) {
        return Variants.get(variants, variant).createPost();
    }

    @PostMapping("/{id}/like")
    public void like(@PathVariable String variant, @PathVariable long id) {
        Variants.get(variants, variant).like(id);
    }

    @GetMapping("/{id}/likes")
    public long likes(@PathVariable String variant, @PathVariable long id) {
        return Variants.get(variants, variant).likes(id);
    }
}

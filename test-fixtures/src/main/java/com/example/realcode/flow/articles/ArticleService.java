package com.example.realcode.flow.articles;

import org.springframework.stereotype.Service;

/**
 * DTO round trips. Follows YunaiV/ruoyi-vue-pro service implementations (an update request
 * converted to a new entity with {@code BeanUtils.toBean(updateReqVO, X.class)} after
 * {@code validateXExists(id)}, then {@code updateById}) and the MapStruct
 * {@code toDto}/{@code toEntity} pairs of spring-projects/spring-data-examples-style services.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final ArticleMapper mapper;

    public ArticleService(ArticleRepository articles, ArticleMapper mapper) {
        this.articles = articles;
        this.mapper = mapper;
    }

    // read, mapped to a DTO, changed from what was read, mapped back with the same id: the whole row is overwritten
    public void countView(Long articleId) {
        Article article = articles.findById(articleId).orElseThrow();
        ArticleDto dto = mapper.toDto(article);
        dto.setViews(dto.getViews() + 1);
        articles.save(mapper.toEntity(dto)); // expect: lost-update
    }

    // the round trip carries only the request's title: a blind overwrite
    public void retitle(Long articleId, String title) {
        Article article = articles.findById(articleId).orElseThrow();
        ArticleDto dto = mapper.toDto(article);
        dto.setTitle(title);
        articles.save(mapper.toEntity(dto));
    }

    // the mapper is given the id looked up: it builds an update of that row, with a count computed from it
    public void merge(Long articleId, ArticleDto form) {
        Article existing = articles.findById(articleId).orElseThrow();
        form.setViews(existing.getViews() + form.getViews());
        Article updated = mapper.toEntity(form, existing.getId());
        articles.save(updated); // expect: lost-update
    }

    // the mapper is given the id looked up, the values all come from the request
    public void replace(Long articleId, ArticleDto form) {
        Article existing = articles.findById(articleId).orElseThrow();
        Article updated = mapper.toEntity(form, existing.getId());
        articles.save(updated);
    }
}

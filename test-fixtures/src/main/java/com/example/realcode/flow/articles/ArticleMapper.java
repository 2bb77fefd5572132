package com.example.realcode.flow.articles;

/** Maps articles to and from their DTO (generated in real projects: MapStruct, ModelMapper). */
public interface ArticleMapper {

    ArticleDto toDto(Article article);

    Article toEntity(ArticleDto dto);

    Article toEntity(ArticleDto dto, Long id);
}

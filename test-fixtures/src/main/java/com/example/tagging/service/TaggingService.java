package com.example.tagging.service;

import com.example.common.DomainException;
import com.example.tagging.domain.Showcase;
import com.example.tagging.domain.Label;
import com.example.tagging.domain.Language;
import com.example.tagging.domain.Tag;
import com.example.tagging.domain.Topic;
import com.example.tagging.repository.ShowcaseRepository;
import com.example.tagging.repository.LabelRepository;
import com.example.tagging.repository.LanguageRepository;
import com.example.tagging.repository.TagRepository;
import com.example.tagging.repository.TopicRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Get-or-create of tags, labels, topics and showcases. */
@Service
public class TaggingService {

    private static final Logger log = LoggerFactory.getLogger(TaggingService.class);

    private final TagRepository tags;
    private final LabelRepository labels;
    private final TopicRepository topics;
    private final ShowcaseRepository showcases;
    private final LanguageRepository languages;

    public TaggingService(TagRepository tags, LabelRepository labels, TopicRepository topics, ShowcaseRepository showcases,
            LanguageRepository languages) {
        this.tags = tags;
        this.labels = labels;
        this.topics = topics;
        this.showcases = showcases;
        this.languages = languages;
    }

    // two requests tagging with a new name create the tag twice
    @Transactional
    public Tag tagNamed(String name) {
        return tags.findByName(name).orElseGet(() -> tags.save(new Tag(name))); // expect: check-then-insert
    }

    public Tag resolveTag(String name) {
        Tag tag = tags.findByNameIgnoreCase(name).orElse(null);
        if (tag == null) {
            tag = new Tag(name);
            tags.save(tag); // expect: check-then-insert
        }
        return tag;
    }

    public Tag ensureTag(String name) {
        Tag tag = tags.findByName(name).orElseGet(() -> new Tag(name));
        return tags.save(tag); // expect: check-then-insert
    }

    public void importTag(String name) {
        tags.findByName(name).ifPresentOrElse(
                existing -> log.debug("tag {} already known", existing.getName()),
                () -> tags.save(new Tag(name))); // expect: check-then-insert
    }

    // --- no finding below -------------------------------------------------------------------

    // @NaturalId
    public Label labelFor(String slug, String title) {
        return labels.findBySlug(slug).orElseGet(() -> labels.save(new Label(slug, title)));
    }

    // unique @Index in @Table(indexes = ..)
    public Topic topicFor(String slug, String user) {
        Topic existing = topics.findBySlug(slug);
        if (existing != null) {
            return existing;
        }
        return topics.save(new Topic(slug, user));
    }

    // @Column(unique = true) inherited from the @MappedSuperclass
    public Showcase createShowcase(String slug, String title) {
        if (showcases.slugInUse(slug)) {
            throw new DomainException("slug in use: " + slug);
        }
        return showcases.save(new Showcase(slug, title));
    }

    // findById looks up the identifier: the primary key keeps it unique
    public Language languageFor(String isoCode, String name) {
        return languages.findById(isoCode).orElseGet(() -> languages.save(new Language(isoCode, name)));
    }
}

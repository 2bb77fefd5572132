package com.example.tagging.repository;

import com.example.tagging.domain.Topic;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    Topic findBySlug(String slug);
}

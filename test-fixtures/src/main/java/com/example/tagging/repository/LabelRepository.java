package com.example.tagging.repository;

import com.example.tagging.domain.Label;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LabelRepository extends JpaRepository<Label, Long> {

    Optional<Label> findBySlug(String slug);
}

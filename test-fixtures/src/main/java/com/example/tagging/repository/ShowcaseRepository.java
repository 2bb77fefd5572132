package com.example.tagging.repository;

import com.example.tagging.domain.Showcase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShowcaseRepository extends JpaRepository<Showcase, Long> {

    @Query("select count(c) > 0 from Showcase c where lower(c.slug) = lower(:slug)")
    boolean slugInUse(String slug);
}

package com.example.demo.likes.fixed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionedPostRepository extends JpaRepository<VersionedPost, Long> {
}

package com.example.realcode.flow.cache;

import org.springframework.data.jpa.repository.JpaRepository;

public interface StorageConfigRepository extends JpaRepository<StorageConfig, Long> {
}

package com.example.realcode.contexts.repository;

public interface DocumentRepository extends BaseRepository<Document> {
}

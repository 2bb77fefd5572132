package com.example.realcode.contexts.repository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The racy twin: a final service bean is subclassed by Spring's proxy, so its @Transactional never applies. */
@Service
@Transactional
public final class DocumentArchive { // expect: transaction-bypass

    private final DocumentRepository documents;

    public DocumentArchive(DocumentRepository documents) {
        this.documents = documents;
    }

    public Document archive(String title) {
        Document document = new Document();
        document.setTitle(title);
        return documents.save(document);
    }
}

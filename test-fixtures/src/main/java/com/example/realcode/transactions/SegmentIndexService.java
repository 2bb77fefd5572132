package com.example.realcode.transactions;

import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Shape of ruoyi-vue-pro's {@code AiKnowledgeSegmentServiceImpl.createKnowledgeSegment}: the
 * segment row is inserted, the text is indexed in a vector store (another system), then the
 * vector id is written back. No database transaction makes the vector store call atomic with
 * the two writes, so the finding is a note. Indexing first and writing both rows afterwards
 * stays a warning: the two writes could share a transaction.
 */
@Service
public class SegmentIndexService {

    private final SegmentRepository segments;
    private final SegmentVectorStore vectorStore;

    public SegmentIndexService(SegmentRepository segments, SegmentVectorStore vectorStore) {
        this.segments = segments;
        this.vectorStore = vectorStore;
    }

    /** Note: the vector store call sits between the writes. */
    public Long create(String content) {
        Segment segment = segments.save(new Segment("EMPTY"));
        writeVector(segment, content); // expect: missing-transaction
        return segment.getId();
    }

    private void writeVector(Segment segment, String content) {
        List<String> ids = vectorStore.add(List.of(content));
        segment.setState(ids.get(0));
        segments.save(segment);
    }

    /** Warning: the call to the vector store comes before both writes. */
    public Long createIndexedFirst(String content, Long documentId) {
        List<String> ids = vectorStore.add(List.of(content));
        Segment segment = segments.save(new Segment(ids.get(0)));
        Segment document = segments.findById(documentId).orElseThrow();
        document.setState("INDEXED");
        segments.save(document); // expect: missing-transaction
        return segment.getId();
    }
}

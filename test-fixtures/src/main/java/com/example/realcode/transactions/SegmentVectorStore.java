package com.example.realcode.transactions;

import java.util.List;

/** The client of an external vector store (another system: no database transaction covers it). */
public interface SegmentVectorStore {

    /** Indexes the texts, returns their vector ids. */
    List<String> add(List<String> texts);
}

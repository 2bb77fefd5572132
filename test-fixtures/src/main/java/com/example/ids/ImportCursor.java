package com.example.ids;

/** A prototype @Bean: each import job gets its own cursor. */
public class ImportCursor {

    private long position;

    public long advance(long rows) {
        position += rows;
        return position;
    }
}

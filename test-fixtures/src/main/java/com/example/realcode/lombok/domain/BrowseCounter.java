package com.example.realcode.lombok.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import lombok.Getter;
import lombok.Setter;
import lombok.experimental.Accessors;

/** Page-view counter with fluent accessors: {@code hits()} reads, {@code hits(n)} writes and returns {@code this}. */
@Entity
@Getter
@Setter
@Accessors(fluent = true)
public class BrowseCounter {

    @Id
    @GeneratedValue
    private Long id;
    private Long spuId;
    private long hits;
}

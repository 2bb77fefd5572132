package com.example.realcode.devset;

/** A plain event object (no ApplicationEvent): its listener only clears a local cache. */
public record PlansRefreshed(int count) {
}

package com.example.realcode.reactive;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A reactive MongoDB document (spring-data-examples mongodb/transactions Process), no version. */
@Document
public class Process {

    @Id
    private Integer id;

    private String state;

    private int transitionCount;

    public Integer getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public int getTransitionCount() {
        return transitionCount;
    }

    public void setTransitionCount(int transitionCount) {
        this.transitionCount = transitionCount;
    }
}

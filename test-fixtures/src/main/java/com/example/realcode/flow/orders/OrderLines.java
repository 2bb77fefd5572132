package com.example.realcode.flow.orders;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/** The lines of an order, embedded in it. */
@Embeddable
public class OrderLines {

    @ElementCollection
    private List<OrderLine> items = new ArrayList<>();

    void append(OrderLine line) {
        items.add(line);
    }

    int size() {
        return items.size();
    }
}

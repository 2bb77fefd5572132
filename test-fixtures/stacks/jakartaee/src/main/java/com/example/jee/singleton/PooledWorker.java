package com.example.jee.singleton;

import jakarta.ejb.Stateless;

import java.util.ArrayList;
import java.util.List;

/** Safe: a stateless bean instance serves one call at a time (the container pools them). */
@Stateless
public class PooledWorker {

    private final List<String> scratch = new ArrayList<>();
    private int runs;

    public int work(String item) {
        scratch.add(item);
        runs++;
        int size = scratch.size();
        scratch.clear();
        return size + runs;
    }
}

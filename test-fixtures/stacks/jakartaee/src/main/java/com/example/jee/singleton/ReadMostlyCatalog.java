package com.example.jee.singleton;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;

import java.util.ArrayList;
import java.util.List;

/** {@code @Lock(READ)} on the class, {@code @Lock(WRITE)} on the one method that changes state. */
@Singleton
@Lock(LockType.READ)
public class ReadMostlyCatalog {

    private List<String> names = new ArrayList<>();
    private int lookups;

    public List<String> names() {
        return names;
    }

    /** Safe: the WRITE lock excludes the READ methods. */
    @Lock(LockType.WRITE)
    public void replace(List<String> fresh) {
        names = new ArrayList<>(fresh);
    }

    /** Inherits READ from the class: concurrent increments. */
    public boolean contains(String name) {
        lookups++; // expect: shared-mutable-state
        return names.contains(name);
    }
}

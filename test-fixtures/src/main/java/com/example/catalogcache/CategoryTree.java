package com.example.catalogcache;

import jakarta.annotation.PostConstruct;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class CategoryTree {

    private final Map<String, List<String>> childrenByParent = new HashMap<>();
    private final Map<String, String> parentByChild = new HashMap<>();

    // filled once while the bean is created, only read afterwards
    @PostConstruct
    void load() {
        add("root", "books");
        add("root", "music");
    }

    private void add(String parent, String child) {
        childrenByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(child);
        parentByChild.put(child, parent);
    }

    public List<String> children(String parent) {
        return childrenByParent.getOrDefault(parent, List.of());
    }

    // HashMap changed by request threads
    public String parentOf(String child) {
        if (!parentByChild.containsKey(child)) {
            parentByChild.put(child, "root"); // expect: shared-mutable-state
        }
        return parentByChild.get(child);
    }
}

package com.example.realcode.setup;

import java.util.HashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Racy lazy initialization, harmless and harmful (issue 17, cause 8). Shape of litemall's
 * storage and permission services (litemall-core .../storage/QiniuStorage.java lazily creating
 * its client, litemall-admin-api .../web/AdminRoleController.java caching the system
 * permissions): an enum read from configuration and a cached String are computed at worst twice
 * with equal results (a note); a map built lazily without volatile can be seen half-filled by
 * another thread (a warning). The level test (CheckThenActLevelTest) checks the levels.
 */
@Service
public class StorageModeResolver {

    public enum Mode { LOCAL, OSS, COS }

    private final Environment environment;
    private Mode mode;
    private String bucketUrl;
    private Map<String, String> endpoints;

    public StorageModeResolver(Environment environment) {
        this.environment = environment;
    }

    public Mode mode() {
        if (mode == null) {
            mode = Mode.valueOf(environment.getProperty("storage.active", "LOCAL").toUpperCase()); // expect: check-then-act
        }
        return mode;
    }

    public String bucketUrl() {
        if (bucketUrl == null) {
            bucketUrl = "https://" + environment.getProperty("storage.bucket", "files") + ".example.com/"; // expect: check-then-act
        }
        return bucketUrl;
    }

    public String endpoint(String region) {
        if (endpoints == null) {
            endpoints = new HashMap<>(); // expect: check-then-act
            endpoints.put("eu", "https://eu.example.com"); // expect: shared-mutable-state
        }
        return endpoints.get(region);
    }
}

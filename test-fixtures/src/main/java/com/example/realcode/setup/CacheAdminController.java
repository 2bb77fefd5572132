package com.example.realcode.setup;

import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Calls {@link FixedCacheManager}'s property setter per request: the setter is request code. */
@RestController
public class CacheAdminController {

    private final FixedCacheManager cacheManager;

    public CacheAdminController(FixedCacheManager cacheManager) {
        this.cacheManager = cacheManager;
    }

    @PostMapping("/realcode/setup/cache-names")
    public void fixCacheNames(@RequestBody List<String> names) {
        cacheManager.setFixedCacheNames(names);
    }

    @PostMapping("/realcode/setup/repository-url")
    public void changeRepositoryUrl(@RequestBody String url) {
        WebSettings.reloadRepositoryUrl(url);
    }

    @PostMapping("/realcode/setup/reset-dispatcher")
    public void resetDispatcher() {
        ModuleWebRegistry.forgetDispatcherServlet();
    }
}

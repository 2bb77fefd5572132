package com.example.realcode.setup;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A startup runner that fills a map through a helper only it calls: shape of RuoYi-Vue-Plus
 * ruoyi-admin/.../runner (ApplicationRunner implementations that load configuration and
 * dictionaries at startup). The refresh from request code is reported.
 */
@Component
public class StartupCacheWarmer implements ApplicationRunner {

    private final Map<String, String> dictionary = new HashMap<>();

    @Override
    public void run(ApplicationArguments args) {
        load("sys_yes_no");
    }

    void load(String type) {
        dictionary.put(type, "Y,N");
    }

    public void reload(String type, String values) {
        dictionary.put(type, values); // expect: shared-mutable-state
    }

    public String values(String type) {
        return dictionary.get(type);
    }
}

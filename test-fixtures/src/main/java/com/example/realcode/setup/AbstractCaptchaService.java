package com.example.realcode.setup;

import java.util.HashMap;
import java.util.Map;

/**
 * Shape of ruoyi-vue-pro's captcha services (yudao-module-system .../captcha/core/
 * PictureWordCaptchaServiceImpl extends an AbstractCaptchaService whose init(Properties) fills
 * the fonts and settings; the subclass's override calls super.init(config)). The base init() is
 * not annotated: it runs at set-up because the only call reaches it through super.init().
 */
public abstract class AbstractCaptchaService {

    protected final Map<String, String> settings = new HashMap<>();
    protected int expireSeconds;

    public void init(Map<String, String> config) {
        settings.putAll(config);
        expireSeconds = Integer.parseInt(config.getOrDefault("expire", "120"));
    }

    // called per request: changes the shared settings of the singleton subclass
    public void overrideSetting(String key, String value) {
        settings.put(key, value); // expect: shared-mutable-state
    }
}

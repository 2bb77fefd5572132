package com.example.realcode.flow.cache;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

/**
 * Configuration cached in Redis. Follows dromara/RuoYi-Vue-Plus ruoyi-modules/ruoyi-system/.../
 * service/impl/SysOssConfigServiceImpl.java ({@code insertByBo}/{@code updateByBo}: after the
 * write the row is read again and copied into the cache) and YunaiV/ruoyi-vue-pro
 * yudao-module-system/.../dal/redis/oauth2/OAuth2AccessTokenRedisDAO.java (a row serialized
 * into a Redis string).
 */
@Service
public class StorageConfigService {

    private final StorageConfigRepository configs;
    private final StringRedisTemplate redis;

    public StorageConfigService(StorageConfigRepository configs, StringRedisTemplate redis) {
        this.configs = configs;
        this.redis = redis;
    }

    // what the database returned is copied into the cache: a cache fill, not a write-back
    public void warm(Long configId) {
        StorageConfig config = configs.findById(configId).orElseThrow();
        redis.opsForValue().set("storage:" + config.getConfigKey(), config.getEndpoint());
    }

    // one business write; the row read again and cached afterwards is a cache fill
    public void moveEndpoint(Long configId, String endpoint) {
        StorageConfig config = configs.findById(configId).orElseThrow();
        config.setEndpoint(endpoint);
        configs.save(config);
        StorageConfig saved = configs.findById(configId).orElseThrow();
        redis.opsForValue().set("storage:" + saved.getConfigKey(), saved.getEndpoint());
    }

    // the row and a Redis flag nobody reads from the database commit separately
    public void disable(Long configId) {
        StorageConfig config = configs.findById(configId).orElseThrow();
        config.setActive(false);
        configs.save(config);
        redis.opsForValue().set("storage:disabled:" + configId, "true"); // expect: missing-transaction
    }

    // the counter read from the cache is written back to it
    public void countUse(Long configId) {
        String uses = redis.opsForValue().get("storage:uses:" + configId);
        long count = uses == null ? 0 : Long.parseLong(uses);
        redis.opsForValue().set("storage:uses:" + configId, String.valueOf(count + 1)); // expect: lost-update
    }
}

package com.example.realcode.setup;

import jakarta.annotation.PostConstruct;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The subclass of {@link AbstractCaptchaService}: its @PostConstruct reaches the base init() through super.init(). */
@Service
public class PictureWordCaptchaService extends AbstractCaptchaService {

    private int length;

    @PostConstruct
    public void start() {
        super.init(Map.of("expire", "60"));
        length = 4;
    }

    public String captchaType() {
        return "pictureWord:" + length + ":" + expireSeconds;
    }
}

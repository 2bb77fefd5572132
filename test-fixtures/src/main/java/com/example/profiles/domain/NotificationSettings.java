package com.example.profiles.domain;

import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Per-member notification settings, optimistically locked by Spring Data's {@code @Version}. */
@Document(collection = "notification_settings")
public class NotificationSettings {

    @Id
    private String id;

    private String memberId;

    private boolean emailEnabled = true;

    private int digestHour = 8;

    private Set<String> mutedTopics = new HashSet<>();

    @Version
    private Long version;

    protected NotificationSettings() {
    }

    public NotificationSettings(String memberId) {
        this.memberId = memberId;
    }

    public String getId() {
        return id;
    }

    public String getMemberId() {
        return memberId;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public void setEmailEnabled(boolean emailEnabled) {
        this.emailEnabled = emailEnabled;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public Set<String> getMutedTopics() {
        return mutedTopics;
    }

    public void mute(String topic) {
        mutedTopics.add(topic);
    }

    public Long getVersion() {
        return version;
    }
}

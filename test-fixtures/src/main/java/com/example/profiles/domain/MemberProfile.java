package com.example.profiles.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Community member profile stored in MongoDB. No {@code @Version}: saves overwrite blindly. */
@Document(collection = "member_profiles")
public class MemberProfile {

    @Id
    private String id;

    @Indexed(unique = true)
    private String handle;

    private String displayName;

    private int followers;

    private long reputation;

    private List<String> badges = new ArrayList<>();

    private Instant lastSeen;

    protected MemberProfile() {
    }

    public MemberProfile(String handle, String displayName) {
        this.handle = handle;
        this.displayName = displayName;
    }

    public String getId() {
        return id;
    }

    public String getHandle() {
        return handle;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public int getFollowers() {
        return followers;
    }

    public void setFollowers(int followers) {
        this.followers = followers;
    }

    public long getReputation() {
        return reputation;
    }

    public void setReputation(long reputation) {
        this.reputation = reputation;
    }

    public List<String> getBadges() {
        return badges;
    }

    public void addBadge(String badge) {
        if (!badges.contains(badge)) {
            badges.add(badge);
        }
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public void setLastSeen(Instant lastSeen) {
        this.lastSeen = lastSeen;
    }
}

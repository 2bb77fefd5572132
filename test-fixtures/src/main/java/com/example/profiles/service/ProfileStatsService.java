package com.example.profiles.service;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.profiles.domain.MemberProfile;
import com.example.profiles.domain.NotificationSettings;
import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Profile counters and settings through {@link MongoTemplate}. */
@Service
public class ProfileStatsService {

    private final MongoTemplate mongoTemplate;

    public ProfileStatsService(MongoTemplate mongoTemplate) {
        this.mongoTemplate = mongoTemplate;
    }

    public MemberProfile addReputation(String profileId, long points) {
        MemberProfile profile = mongoTemplate.findById(profileId, MemberProfile.class);
        if (profile == null) {
            throw new NotFoundException("profile", profileId);
        }
        profile.setReputation(profile.getReputation() + points);
        return mongoTemplate.save(profile); // expect: lost-update
    }

    public void grantBadge(String handle, String badge) {
        MemberProfile profile = mongoTemplate.findOne(query(where("handle").is(handle)), MemberProfile.class);
        if (profile == null) {
            throw new NotFoundException("profile", handle);
        }
        profile.addBadge(badge);
        mongoTemplate.save(profile); // expect: lost-update
    }

    public void penalize(String profileId, long penalty) {
        MemberProfile profile = mongoTemplate.findById(profileId, MemberProfile.class);
        long next = Math.max(0, profile.getReputation() - penalty);
        mongoTemplate.updateFirst(query(where("_id").is(profileId)), new Update().set("reputation", next), MemberProfile.class); // expect: lost-update
    }

    public void removeFollower(String handle) {
        Query byHandle = query(where("handle").is(handle));
        MemberProfile profile = mongoTemplate.findOne(byHandle, MemberProfile.class);
        mongoTemplate.updateFirst(byHandle, Update.update("followers", profile.getFollowers() - 1), MemberProfile.class); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: $inc is atomic in MongoDB
    public void addFollower(String profileId) {
        mongoTemplate.updateFirst(query(where("_id").is(profileId)), new Update().inc("followers", 1),
                MemberProfile.class);
    }

    // safe: the read only validates; the write is an atomic $inc
    public void deductReputation(String profileId, long points) {
        MemberProfile profile = mongoTemplate.findById(profileId, MemberProfile.class);
        if (profile == null || profile.getReputation() < points) {
            throw new DomainException("profile " + profileId + " has too little reputation");
        }
        mongoTemplate.updateFirst(query(where("_id").is(profileId)), new Update().inc("reputation", -points),
                MemberProfile.class);
    }

    // safe: findAndModify with $inc, read and write are one atomic operation
    public long upvote(String profileId, long points) {
        MemberProfile updated = mongoTemplate.findAndModify(query(where("_id").is(profileId)),
                new Update().inc("reputation", points), FindAndModifyOptions.options().returnNew(true),
                MemberProfile.class);
        return updated == null ? 0 : updated.getReputation();
    }

    // safe: @Version on NotificationSettings, MongoTemplate.save checks it
    public void disableEmail(String settingsId) {
        NotificationSettings settings = mongoTemplate.findById(settingsId, NotificationSettings.class);
        if (settings == null) {
            throw new NotFoundException("notification settings", settingsId);
        }
        settings.setEmailEnabled(false);
        mongoTemplate.save(settings);
    }

    // safe: blind $set of caller-supplied values, nothing read first
    public void touch(String profileId, Instant seenAt) {
        mongoTemplate.updateFirst(query(where("_id").is(profileId)), new Update().set("lastSeen", seenAt),
                MemberProfile.class);
    }

    // safe: a new document
    public MemberProfile importProfile(String handle, String displayName) {
        return mongoTemplate.insert(new MemberProfile(handle, displayName));
    }

    // safe: read-only
    public List<MemberProfile> leaders(long minReputation) {
        return mongoTemplate.find(query(where("reputation").gte(minReputation)), MemberProfile.class);
    }
}

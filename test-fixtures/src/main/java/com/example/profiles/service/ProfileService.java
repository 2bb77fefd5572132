package com.example.profiles.service;

import com.example.common.NotFoundException;
import com.example.profiles.domain.MemberProfile;
import com.example.profiles.domain.NotificationSettings;
import com.example.profiles.repository.MemberProfileRepository;
import com.example.profiles.repository.NotificationSettingsRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profiles through Spring Data MongoDB repositories. {@link MemberProfile} has no version,
 * {@link NotificationSettings} has Spring Data's {@code @Version}.
 */
@Service
public class ProfileService {

    private final MemberProfileRepository profileRepository;
    private final NotificationSettingsRepository settingsRepository;

    public ProfileService(MemberProfileRepository profileRepository,
            NotificationSettingsRepository settingsRepository) {
        this.profileRepository = profileRepository;
        this.settingsRepository = settingsRepository;
    }

    public MemberProfile changeDisplayName(String profileId, String displayName) {
        MemberProfile profile = profileRepository.findById(profileId)
                .orElseThrow(() -> new NotFoundException("profile", profileId));
        profile.setDisplayName(displayName);
        return profileRepository.save(profile); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    public void awardBadge(String handle, String badge) {
        MemberProfile profile = profileRepository.findByHandle(handle)
                .orElseThrow(() -> new NotFoundException("profile", handle));
        profile.addBadge(badge);
        profileRepository.save(profile); // expect: lost-update
    }

    public void follow(String profileId) {
        profileRepository.findById(profileId).ifPresent(profile -> {
            profile.setFollowers(profile.getFollowers() + 1);
            profileRepository.save(profile); // expect: lost-update
        });
    }

    public void decayReputation(long above, double factor) {
        List<MemberProfile> profiles = profileRepository.findByReputationGreaterThan(above);
        for (MemberProfile profile : profiles) {
            profile.setReputation(Math.round(profile.getReputation() * factor));
        }
        profileRepository.saveAll(profiles); // expect: lost-update
    }

    // read and write in private helpers; the finding belongs to this method
    public void unfollow(String profileId) {
        MemberProfile profile = load(profileId);
        profile.setFollowers(Math.max(0, profile.getFollowers() - 1));
        persist(profile); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @Version (Spring Data) on NotificationSettings, save fails on a concurrent change
    public NotificationSettings muteTopic(String memberId, String topic) {
        NotificationSettings settings = settingsRepository.findByMemberId(memberId)
                .orElseThrow(() -> new NotFoundException("notification settings", memberId));
        settings.mute(topic);
        return settingsRepository.save(settings);
    }

    // safe: @Version on NotificationSettings
    public void moveDigest(String settingsId, int hour) {
        settingsRepository.findById(settingsId).ifPresent(settings -> {
            settings.setDigestHour(hour);
            settingsRepository.save(settings);
        });
    }

    // safe: a new document
    public MemberProfile register(String handle, String displayName) {
        return profileRepository.save(new MemberProfile(handle, displayName));
    }

    // safe: read-only
    public ProfileView view(String handle) {
        MemberProfile profile = profileRepository.findByHandle(handle)
                .orElseThrow(() -> new NotFoundException("profile", handle));
        return new ProfileView(profile.getHandle(), profile.getDisplayName(), profile.getFollowers(),
                profile.getReputation(), List.copyOf(profile.getBadges()));
    }

    // safe: the document is changed only to build a preview, never saved
    public ProfileView previewRename(String profileId, String displayName) {
        MemberProfile profile = load(profileId);
        profile.setDisplayName(displayName);
        return new ProfileView(profile.getHandle(), profile.getDisplayName(), profile.getFollowers(),
                profile.getReputation(), List.copyOf(profile.getBadges()));
    }

    // safe: Spring Data MongoDB has no dirty checking; without a save nothing is written
    @Transactional
    public ProfileView previewBadge(String handle, String badge) {
        MemberProfile profile = profileRepository.findByHandle(handle)
                .orElseThrow(() -> new NotFoundException("profile", handle));
        profile.addBadge(badge);
        return new ProfileView(profile.getHandle(), profile.getDisplayName(), profile.getFollowers(),
                profile.getReputation(), List.copyOf(profile.getBadges()));
    }

    private MemberProfile load(String profileId) {
        return profileRepository.findById(profileId)
                .orElseThrow(() -> new NotFoundException("profile", profileId));
    }

    private void persist(MemberProfile profile) {
        profileRepository.save(profile);
    }
}

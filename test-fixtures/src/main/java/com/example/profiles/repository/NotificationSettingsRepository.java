package com.example.profiles.repository;

import com.example.profiles.domain.NotificationSettings;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface NotificationSettingsRepository extends MongoRepository<NotificationSettings, String> {

    Optional<NotificationSettings> findByMemberId(String memberId);
}

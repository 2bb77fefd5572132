package com.example.profiles.repository;

import com.example.profiles.domain.MemberProfile;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MemberProfileRepository extends MongoRepository<MemberProfile, String> {

    Optional<MemberProfile> findByHandle(String handle);

    List<MemberProfile> findByReputationGreaterThan(long reputation);
}

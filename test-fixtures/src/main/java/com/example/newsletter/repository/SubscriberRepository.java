package com.example.newsletter.repository;

import com.example.newsletter.domain.Subscriber;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface SubscriberRepository extends MongoRepository<Subscriber, String> {

    boolean existsByEmail(String email);

    boolean existsByMobile(String mobile);
}

package com.example.newsletter.repository;

import com.example.newsletter.domain.ListMembership;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ListMembershipRepository extends MongoRepository<ListMembership, String> {

    boolean existsByListIdAndEmail(String listId, String email);
}

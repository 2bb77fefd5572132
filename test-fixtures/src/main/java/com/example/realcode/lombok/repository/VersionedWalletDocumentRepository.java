package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.VersionedWalletDocument;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface VersionedWalletDocumentRepository extends MongoRepository<VersionedWalletDocument, String> {
}

package com.example.realcode.lombok.repository;

import com.example.realcode.lombok.domain.WalletDocument;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WalletDocumentRepository extends MongoRepository<WalletDocument, String> {
}

package com.example.realcode.lombok.domain;

import lombok.Value;
import lombok.With;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** The same immutable wallet with a Spring Data {@code @Version}: a stale copy fails on save. */
@Document("versioned_wallets")
@Value
@With
public class VersionedWalletDocument {

    @Id
    String id;
    String userId;
    long balance;
    @Version
    Long version;
}

package com.example.realcode.lombok.domain;

import lombok.Builder;
import lombok.Value;
import lombok.With;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An immutable MongoDB document: {@code @Value} (getters, no setters) with {@code @With} copies.
 * Real shape: spring-projects/spring-data-examples jdbc/basics/.../simpleentity/Category.java
 * (immutable Spring Data aggregate with Lombok {@code @With}).
 */
@Document("wallets")
@Value
@With
@Builder(toBuilder = true)
public class WalletDocument {

    @Id
    String id;
    String userId;
    long balance;
    boolean frozen;
}

package com.example.newsletter.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "subscribers")
public class Subscriber {

    @Id
    private String id;

    @Indexed(unique = true)
    private String email;

    @Indexed
    private String mobile;

    public Subscriber(String email, String mobile) {
        this.email = email;
        this.mobile = mobile;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }
}

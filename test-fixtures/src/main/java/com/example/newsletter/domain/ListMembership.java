package com.example.newsletter.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "list_memberships")
@CompoundIndex(name = "list_email", def = "{'listId': 1, 'email': 1}", unique = true)
public class ListMembership {

    @Id
    private String id;

    private String listId;

    private String email;

    public ListMembership(String listId, String email) {
        this.listId = listId;
        this.email = email;
    }

    public String getListId() {
        return listId;
    }

    public String getEmail() {
        return email;
    }
}

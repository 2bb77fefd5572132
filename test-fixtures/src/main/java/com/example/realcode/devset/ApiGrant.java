package com.example.realcode.devset;

/** A row granting a client application access to one API path (mapped by ApiGrantMapper.xml). */
public class ApiGrant {
    private Long id;
    private String clientId;
    private String path;

    public ApiGrant() {
    }

    public ApiGrant(String clientId, String path) {
        this.clientId = clientId;
        this.path = path;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getPath() {
        return path;
    }
}

package com.example.realcode.setup;

import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The common Spring Boot WebSocket shape (@Component @ServerEndpoint with a per-connection
 * session field and a static registry of connections): the container creates one instance per
 * connection, so the instance fields are not shared; the static map is, and a HashMap there races.
 */
@Component
@ServerEndpoint("/ws/chat/{userId}")
public class ChatEndpoint {

    private static final Map<String, ChatEndpoint> ONLINE = new HashMap<>();
    private Session session;
    private String userId;

    @OnOpen
    public void onOpen(Session session, @PathParam("userId") String userId) {
        this.session = session;
        this.userId = userId;
        ONLINE.put(userId, this); // expect: shared-mutable-state
    }

    @OnClose
    public void onClose() {
        ONLINE.remove(userId); // expect: shared-mutable-state
        this.session = null;
    }

    public boolean isOpen() {
        return session != null && session.isOpen();
    }
}

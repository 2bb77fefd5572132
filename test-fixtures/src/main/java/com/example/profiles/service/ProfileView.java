package com.example.profiles.service;

import java.util.List;

public record ProfileView(String handle, String displayName, int followers, long reputation, List<String> badges) {
}

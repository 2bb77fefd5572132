package com.example.loyalty.domain;

public enum Tier {
    BASIC, SILVER, GOLD, PLATINUM
}

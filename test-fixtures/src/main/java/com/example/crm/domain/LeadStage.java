package com.example.crm.domain;

public enum LeadStage {
    NEW,
    CONTACTED,
    QUALIFIED,
    DISQUALIFIED
}

package com.example.crm.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A sales lead. Extends {@link BaseEntity}: no version. */
@Entity
public class SalesLead extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String email;

    private String company;

    private String phone;

    private String owner;

    private int score;

    private String notes;

    @Enumerated(EnumType.STRING)
    private LeadStage stage = LeadStage.NEW;

    protected SalesLead() {
    }

    public SalesLead(String email, String company) {
        this.email = email;
        this.company = company;
    }

    public String getEmail() {
        return email;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public int getScore() {
        return score;
    }

    public void setScore(int score) {
        this.score = score;
    }

    public String getNotes() {
        return notes;
    }

    public void appendNote(String note) {
        this.notes = notes == null ? note : notes + "\n" + note;
    }

    public LeadStage getStage() {
        return stage;
    }

    public void setStage(LeadStage stage) {
        this.stage = stage;
    }
}

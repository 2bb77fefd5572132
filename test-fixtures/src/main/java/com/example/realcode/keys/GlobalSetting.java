package com.example.realcode.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Shape of openmrs-core's GlobalProperty (api/.../GlobalProperty.java): the primary key is the
 * setting's name, not a column called id.
 */
@Entity
@Table(name = "realcode_global_setting")
public class GlobalSetting {

    @Id
    @Column(name = "property", length = 255)
    private String property;

    private String value;

    private String description;

    protected GlobalSetting() {
    }

    public GlobalSetting(String property, String value, String description) {
        this.property = property;
        this.value = value;
        this.description = description;
    }

    public String getValue() {
        return value;
    }
}

package com.example.crm.dto;

/** Editable lead fields as posted by the UI (a JavaBean, so BeanUtils and MapStruct can copy it). */
public class LeadForm {

    private String company;
    private String phone;
    private String owner;

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
}

package com.example.shipping.domain;

/** A parcel shipment, mapped by MyBatis (a plain object: no JPA, no dirty checking). */
public class Shipment {

    private Long id;
    private String trackingNumber;
    private String status;
    private int weightGrams;
    private int deliveryAttempts;
    private long version;

    public Shipment() {
    }

    public Shipment(String trackingNumber, int weightGrams) {
        this.trackingNumber = trackingNumber;
        this.weightGrams = weightGrams;
        this.status = "CREATED";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(int weightGrams) {
        this.weightGrams = weightGrams;
    }

    public int getDeliveryAttempts() {
        return deliveryAttempts;
    }

    public void setDeliveryAttempts(int deliveryAttempts) {
        this.deliveryAttempts = deliveryAttempts;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package com.example.crm.service;

import com.example.crm.domain.SalesDeal;

/** Pricing operations; {@link StandardDealPricing} is the only implementation. */
public interface DealPricing {

    SalesDeal quote(Long dealId);

    void applyDiscount(Long dealId, int percent);

    void holdPrice(Long dealId);
}

package com.example.crm.service;

import com.example.crm.domain.SalesDeal;
import com.example.crm.repository.SalesDealRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes; pricing is injected through the {@link DealPricing} interface. */
@Service
public class QuoteService {

    private final DealPricing pricing;
    private final SalesDealRepository dealRepository;

    public QuoteService(DealPricing pricing, SalesDealRepository dealRepository) {
        this.pricing = pricing;
        this.dealRepository = dealRepository;
    }

    // read through the interface, written here
    public SalesDeal requote(Long dealId, BigDecimal amount) {
        SalesDeal deal = pricing.quote(dealId);
        deal.setAmount(amount);
        return dealRepository.save(deal); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // the whole read-modify-write is in StandardDealPricing.applyDiscount (marked there)
    @Transactional
    public void runPromotion(Long dealId) {
        pricing.applyDiscount(dealId, 10);
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: StandardDealPricing.holdPrice locks the row inside this transaction
    @Transactional
    public void reservePrice(Long dealId) {
        pricing.holdPrice(dealId);
    }

    // safe: read-only
    public BigDecimal currentAmount(Long dealId) {
        return pricing.quote(dealId).getAmount();
    }
}

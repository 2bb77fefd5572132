package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesDeal;
import com.example.crm.repository.SalesDealRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Service;

/** Reached only through the {@link DealPricing} interface, from {@link QuoteService}. */
@Service
public class StandardDealPricing implements DealPricing {

    private final SalesDealRepository dealRepository;

    public StandardDealPricing(SalesDealRepository dealRepository) {
        this.dealRepository = dealRepository;
    }

    @Override
    public SalesDeal quote(Long dealId) {
        return dealRepository.findById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
    }

    // only called from QuoteService.runPromotion (@Transactional, default isolation)
    @Override
    public void applyDiscount(Long dealId, int percent) {
        SalesDeal deal = dealRepository.findById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        BigDecimal factor = BigDecimal.valueOf(100 - percent).movePointLeft(2);
        deal.setAmount(deal.getAmount().multiply(factor).setScale(2, RoundingMode.HALF_UP));
        dealRepository.save(deal); // expect: lost-update-weak-isolation
    }

    // safe: only called from QuoteService.reservePrice (@Transactional); the PESSIMISTIC_WRITE
    // lock is held until that transaction commits
    @Override
    public void holdPrice(Long dealId) {
        SalesDeal deal = dealRepository.findWithLockById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deal.setStage("PRICE_HELD");
        dealRepository.save(deal);
    }
}

package com.example.crm.service;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal desk operations. Each delegates the whole read-modify-write to
 * {@link DealActivityService}; whether that is protected depends on the callee's propagation.
 */
@Service
public class DealDeskService {

    private final DealActivityService dealActivity;

    public DealDeskService(DealActivityService dealActivity) {
        this.dealActivity = dealActivity;
    }

    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void logCall(Long dealId) {
        dealActivity.recordTouch(dealId);
    }

    @Transactional
    public void syncFromErp(Long dealId, BigDecimal amount) {
        dealActivity.importAmount(dealId, amount);
    }

    @Transactional
    public void closeWon(Long dealId) {
        dealActivity.close(dealId, "WON");
    }

    @Transactional
    public void commit(Long dealId, int probability) {
        dealActivity.commitForecast(dealId, probability);
    }
}

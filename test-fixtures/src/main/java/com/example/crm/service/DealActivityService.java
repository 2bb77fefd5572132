package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesDeal;
import com.example.crm.repository.SalesDealRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Deal bookkeeping; every method here is called from {@link DealDeskService}'s transactions. */
@Service
public class DealActivityService {

    private final SalesDealRepository dealRepository;

    public DealActivityService(SalesDealRepository dealRepository) {
        this.dealRepository = dealRepository;
    }

    // REQUIRES_NEW: its own transaction at default isolation; the caller's SERIALIZABLE does not apply
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordTouch(Long dealId) {
        SalesDeal deal = dealRepository.findById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deal.setTouches(deal.getTouches() + 1);
        dealRepository.save(deal); // expect: lost-update-weak-isolation
    }

    // NOT_SUPPORTED: the caller's transaction is suspended, this runs without one
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void importAmount(Long dealId, BigDecimal amount) {
        SalesDeal deal = dealRepository.findById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deal.setAmount(amount);
        dealRepository.save(deal); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: its own new transaction, SERIALIZABLE
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.SERIALIZABLE)
    public void close(Long dealId, String stage) {
        SalesDeal deal = dealRepository.findById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deal.setStage(stage);
        dealRepository.save(deal);
    }

    // safe: no annotation of its own, only called from DealDeskService.commit (@Transactional):
    // the PESSIMISTIC_WRITE lock is held until that transaction commits
    public void commitForecast(Long dealId, int probability) {
        SalesDeal deal = dealRepository.findWithLockById(dealId)
                .orElseThrow(() -> new NotFoundException("deal", dealId));
        deal.setProbability(Math.max(deal.getProbability(), probability));
        dealRepository.save(deal);
    }
}

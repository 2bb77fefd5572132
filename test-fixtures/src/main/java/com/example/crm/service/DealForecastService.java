package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesDeal;
import com.example.crm.repository.SalesDealRepository;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Forecast updates demarcated programmatically with {@link TransactionTemplate}. */
@Service
public class DealForecastService {

    private final TransactionTemplate transactionTemplate;
    private final TransactionTemplate serializableTransactionTemplate;
    private final SalesDealRepository dealRepository;

    public DealForecastService(PlatformTransactionManager transactionManager, SalesDealRepository dealRepository) {
        this.transactionTemplate = new TransactionTemplate(transactionManager);
        this.serializableTransactionTemplate = new TransactionTemplate(transactionManager);
        this.serializableTransactionTemplate.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        this.dealRepository = dealRepository;
    }

    // dirty checking inside the template's transaction (default isolation)
    public void adjustProbability(Long dealId, int delta) {
        transactionTemplate.executeWithoutResult(status -> {
            SalesDeal deal = dealRepository.findById(dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            deal.setProbability(Math.min(100, deal.getProbability() + delta)); // expect: lost-update-weak-isolation
        });
    }

    public SalesDeal scale(Long dealId, BigDecimal factor) {
        return transactionTemplate.execute(status -> {
            SalesDeal deal = dealRepository.findById(dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            deal.setAmount(deal.getAmount().multiply(factor));
            return dealRepository.save(deal); // expect: lost-update-weak-isolation
        });
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the template is SERIALIZABLE (set in the constructor)
    public void reforecast(Long dealId, int probability) {
        serializableTransactionTemplate.executeWithoutResult(status -> {
            SalesDeal deal = dealRepository.findById(dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            deal.setProbability(probability);
        });
    }

    // safe: the template is SERIALIZABLE (set in the constructor)
    public SalesDeal rebase(Long dealId, BigDecimal delta) {
        return serializableTransactionTemplate.execute(status -> {
            SalesDeal deal = dealRepository.findById(dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            deal.setAmount(deal.getAmount().add(delta));
            return dealRepository.save(deal);
        });
    }

    // safe: PESSIMISTIC_WRITE read inside the template's transaction
    public void discount(Long dealId, BigDecimal amount) {
        transactionTemplate.executeWithoutResult(status -> {
            SalesDeal deal = dealRepository.findWithLockById(dealId)
                    .orElseThrow(() -> new NotFoundException("deal", dealId));
            deal.setAmount(deal.getAmount().subtract(amount));
        });
    }
}

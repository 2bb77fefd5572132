package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesLead;
import com.example.crm.domain.SalesTerritory;
import com.example.crm.repository.SalesLeadRepository;
import com.example.crm.repository.SalesTerritoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups only. The class-level read-only transaction ends when a lookup returns, unless the
 * caller already runs in a transaction (propagation REQUIRED joins it).
 */
@Service
@Transactional(readOnly = true)
public class LeadQueryService {

    private final SalesLeadRepository leadRepository;
    private final SalesTerritoryRepository territoryRepository;

    public LeadQueryService(SalesLeadRepository leadRepository, SalesTerritoryRepository territoryRepository) {
        this.leadRepository = leadRepository;
        this.territoryRepository = territoryRepository;
    }

    public SalesLead fetch(Long leadId) {
        return leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
    }

    public SalesLead fetchForUpdate(Long leadId) {
        return leadRepository.findWithLockById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
    }

    public SalesTerritory fetchTerritory(Long territoryId) {
        return territoryRepository.findById(territoryId)
                .orElseThrow(() -> new NotFoundException("territory", territoryId));
    }
}

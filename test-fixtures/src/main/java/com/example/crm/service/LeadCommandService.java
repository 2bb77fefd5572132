package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesLead;
import com.example.crm.domain.SalesTerritory;
import com.example.crm.repository.SalesLeadRepository;
import com.example.crm.repository.SalesTerritoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes. {@code store*} only save what they are handed; the callers decide where it was read. */
@Service
public class LeadCommandService {

    private final SalesLeadRepository leadRepository;
    private final SalesTerritoryRepository territoryRepository;

    public LeadCommandService(SalesLeadRepository leadRepository, SalesTerritoryRepository territoryRepository) {
        this.leadRepository = leadRepository;
        this.territoryRepository = territoryRepository;
    }

    @Transactional
    public SalesLead store(SalesLead lead) {
        return leadRepository.save(lead);
    }

    @Transactional
    public SalesTerritory storeTerritory(SalesTerritory territory) {
        return territoryRepository.save(territory);
    }

    // called from LeadController.adjust (no transaction) and from PipelineService.rewardReferral
    // (transactional): judged by the weakest of its callers' contexts
    public void adjustScore(Long leadId, int delta) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        lead.setScore(lead.getScore() + delta);
        leadRepository.save(lead); // expect: lost-update
    }
}

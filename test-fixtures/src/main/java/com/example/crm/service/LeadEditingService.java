package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesLead;
import com.example.crm.domain.SalesTerritory;
import com.example.crm.dto.LeadForm;
import com.example.crm.dto.TerritoryForm;
import com.example.crm.mapping.LeadMapper;
import com.example.crm.repository.SalesLeadRepository;
import com.example.crm.repository.SalesTerritoryRepository;
import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Form edits applied with MapStruct ({@code @MappingTarget}) or Spring's {@link BeanUtils}. */
@Service
public class LeadEditingService {

    private final SalesLeadRepository leadRepository;
    private final SalesTerritoryRepository territoryRepository;
    private final LeadMapper leadMapper;

    public LeadEditingService(SalesLeadRepository leadRepository, SalesTerritoryRepository territoryRepository,
            LeadMapper leadMapper) {
        this.leadRepository = leadRepository;
        this.territoryRepository = territoryRepository;
        this.leadMapper = leadMapper;
    }

    // called from LeadController.edit (no transaction)
    public SalesLead edit(Long leadId, LeadForm form) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        leadMapper.updateLead(form, lead);
        return leadRepository.save(lead); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // the mapper call is the modification; dirty checking writes it
    @Transactional
    public void editInPlace(Long leadId, LeadForm form) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        leadMapper.updateLead(form, lead); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    public void patch(Long leadId, LeadForm form) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        BeanUtils.copyProperties(form, lead);
        leadRepository.save(lead); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // BeanUtils.copyProperties into the managed entity is the modification
    @Transactional
    public void patchInPlace(Long leadId, LeadForm form) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        BeanUtils.copyProperties(form, lead, "owner"); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @Version on SalesTerritory (inherited)
    public SalesTerritory editTerritory(Long territoryId, TerritoryForm form) {
        SalesTerritory territory = territoryRepository.findById(territoryId)
                .orElseThrow(() -> new NotFoundException("territory", territoryId));
        leadMapper.updateTerritory(form, territory);
        return territoryRepository.save(territory);
    }

    // safe: @Version on SalesTerritory, dirty checking
    @Transactional
    public void patchTerritory(Long territoryId, TerritoryForm form) {
        SalesTerritory territory = territoryRepository.findById(territoryId)
                .orElseThrow(() -> new NotFoundException("territory", territoryId));
        BeanUtils.copyProperties(form, territory);
    }

    // safe: read-only, the entity is the mapper's source
    public LeadForm formFor(Long leadId) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        return leadMapper.toForm(lead);
    }

    // safe: the managed entity is only the copy's source; nothing about it changes
    @Transactional
    public LeadForm snapshot(Long leadId) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        LeadForm form = new LeadForm();
        BeanUtils.copyProperties(lead, form);
        return form;
    }
}

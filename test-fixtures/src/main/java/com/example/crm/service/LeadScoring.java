package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.SalesLead;
import com.example.crm.repository.SalesLeadRepository;
import org.springframework.stereotype.Component;

/**
 * Score maintenance. No annotation here: each method runs in whatever transaction its callers
 * (in {@link PipelineService}) have open.
 */
@Component
public class LeadScoring {

    private final SalesLeadRepository leadRepository;

    public LeadScoring(SalesLeadRepository leadRepository) {
        this.leadRepository = leadRepository;
    }

    // only ever called from PipelineService.nurture (@Transactional, default isolation)
    public void applyDecay(Long leadId) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        lead.setScore(lead.getScore() * 9 / 10);
        leadRepository.save(lead); // expect: lost-update-weak-isolation
    }

    // safe: only ever called from PipelineService.recalibrate, which is SERIALIZABLE
    public void recalibrate(Long leadId, int baseline) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        lead.setScore(Math.max(baseline, lead.getScore()));
        leadRepository.save(lead);
    }
}

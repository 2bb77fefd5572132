package com.example.crm.service;

import com.example.common.NotFoundException;
import com.example.crm.domain.LeadStage;
import com.example.crm.domain.SalesLead;
import com.example.crm.repository.SalesLeadRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Lead pipeline steps composed from other beans: reads here, writes there, and the reverse. */
@Service
public class PipelineService {

    private final LeadQueryService leadQueries;
    private final LeadCommandService leadCommands;
    private final LeadScoring scoring;
    private final SalesLeadRepository leadRepository;

    public PipelineService(LeadQueryService leadQueries, LeadCommandService leadCommands, LeadScoring scoring,
            SalesLeadRepository leadRepository) {
        this.leadQueries = leadQueries;
        this.leadCommands = leadCommands;
        this.scoring = scoring;
        this.leadRepository = leadRepository;
    }

    // read through another bean inside this transaction; dirty checking writes the change
    @Transactional
    public void qualify(Long leadId) {
        SalesLead lead = leadQueries.fetch(leadId);
        lead.setStage(LeadStage.QUALIFIED); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // read through another bean, written here
    public void reassign(Long leadId, String owner) {
        SalesLead lead = leadQueries.fetch(leadId);
        lead.setOwner(owner);
        leadRepository.save(lead); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // read here, written through another bean
    public void annotate(Long leadId, String note) {
        SalesLead lead = leadRepository.findById(leadId)
                .orElseThrow(() -> new NotFoundException("lead", leadId));
        lead.appendNote(note);
        leadCommands.store(lead); // expect: lost-update
    }

    // read through one bean, written through another, both joining this transaction
    @Transactional
    public void handOver(Long leadId, String owner) {
        SalesLead lead = leadQueries.fetch(leadId);
        lead.setOwner(owner);
        leadCommands.store(lead); // blind overwrite with a request value or constant: not a lost update (issue 17.2)
    }

    // the whole read-modify-write is in LeadCommandService.adjustScore (marked there)
    @Transactional
    public void rewardReferral(Long leadId) {
        leadCommands.adjustScore(leadId, 50);
    }

    // the whole read-modify-write is in LeadScoring.applyDecay (marked there)
    @Transactional
    public void nurture(Long leadId) {
        scoring.applyDecay(leadId);
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: LeadScoring.recalibrate joins this SERIALIZABLE transaction
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public void recalibrate(Long leadId, int baseline) {
        scoring.recalibrate(leadId, baseline);
    }

    // safe: the PESSIMISTIC_WRITE lookup in the other bean joins this transaction, so the row
    // stays locked until the write commits
    @Transactional
    public void handOverExclusively(Long leadId, String owner) {
        SalesLead lead = leadQueries.fetchForUpdate(leadId);
        lead.setOwner(owner);
        leadCommands.store(lead);
    }

    // safe: read-only
    public String ownerOf(Long leadId) {
        return leadQueries.fetch(leadId).getOwner();
    }
}

package com.example.crm.web;

import com.example.crm.domain.SalesLead;
import com.example.crm.domain.SalesTerritory;
import com.example.crm.dto.LeadForm;
import com.example.crm.service.LeadCommandService;
import com.example.crm.service.LeadEditingService;
import com.example.crm.service.LeadQueryService;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads through {@link LeadQueryService}, writes through {@link LeadCommandService}. */
@RestController
@RequestMapping("/api/crm")
public class LeadController {

    public record LeadView(Long id, String email, String owner, int score) {

        static LeadView of(SalesLead lead) {
            return new LeadView(lead.getId(), lead.getEmail(), lead.getOwner(), lead.getScore());
        }
    }

    public record NewLead(String email, String company) {
    }

    private final LeadQueryService leadQueries;
    private final LeadCommandService leadCommands;
    private final LeadEditingService leadEditing;

    public LeadController(LeadQueryService leadQueries, LeadCommandService leadCommands,
            LeadEditingService leadEditing) {
        this.leadQueries = leadQueries;
        this.leadCommands = leadCommands;
        this.leadEditing = leadEditing;
    }

    // read through one service, saved through another, no transaction around both
    @PostMapping("/leads/{id}/score")
    public LeadView bumpScore(@PathVariable Long id, @RequestParam int points) {
        SalesLead lead = leadQueries.fetch(id);
        lead.setScore(lead.getScore() + points);
        SalesLead saved = leadCommands.store(lead); // expect: lost-update
        return LeadView.of(saved);
    }

    // the whole read-modify-write is in LeadCommandService.adjustScore (marked there)
    @PostMapping("/leads/{id}/adjustments")
    public void adjust(@PathVariable Long id, @RequestParam int delta) {
        leadCommands.adjustScore(id, delta);
    }

    // the whole read-modify-write is in LeadEditingService.edit (marked there)
    @PutMapping("/leads/{id}")
    public LeadView edit(@PathVariable Long id, @RequestBody LeadForm form) {
        return LeadView.of(leadEditing.edit(id, form));
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: @Version on SalesTerritory
    @PutMapping("/territories/{id}/quota")
    public void setQuota(@PathVariable Long id, @RequestParam BigDecimal quota) {
        SalesTerritory territory = leadQueries.fetchTerritory(id);
        territory.setQuota(quota);
        leadCommands.storeTerritory(territory);
    }

    // safe: a new entity
    @PostMapping("/leads")
    public LeadView create(@RequestBody NewLead request) {
        return LeadView.of(leadCommands.store(new SalesLead(request.email(), request.company())));
    }

    // safe: read-only
    @GetMapping("/leads/{id}")
    public LeadView show(@PathVariable Long id) {
        return LeadView.of(leadQueries.fetch(id));
    }
}

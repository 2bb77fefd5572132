package com.example.crm.mapping;

import com.example.crm.domain.SalesLead;
import com.example.crm.domain.SalesTerritory;
import com.example.crm.dto.LeadForm;
import com.example.crm.dto.TerritoryForm;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

/** MapStruct mapper; the {@code @MappingTarget} methods modify the entity they are handed. */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
public interface LeadMapper {

    void updateLead(LeadForm form, @MappingTarget SalesLead lead);

    void updateTerritory(TerritoryForm form, @MappingTarget SalesTerritory territory);

    LeadForm toForm(SalesLead lead);
}

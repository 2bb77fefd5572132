package com.example.crm.repository;

import com.example.crm.domain.SalesTerritory;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SalesTerritoryRepository extends JpaRepository<SalesTerritory, Long> {
}

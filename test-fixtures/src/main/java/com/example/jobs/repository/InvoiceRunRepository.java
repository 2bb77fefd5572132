package com.example.jobs.repository;

import com.example.jobs.domain.InvoiceRun;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvoiceRunRepository extends JpaRepository<InvoiceRun, Long> {
}

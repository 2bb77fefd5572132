package com.example.jobs.domain;

import com.example.common.persistence.BaseEntity;
import jakarta.persistence.Entity;

/** One invoicing run and how many invoices it produced. */
@Entity
public class InvoiceRun extends BaseEntity {

    private int invoices;

    protected InvoiceRun() {
    }

    public InvoiceRun(int invoices) {
        this.invoices = invoices;
    }

    public int getInvoices() {
        return invoices;
    }
}

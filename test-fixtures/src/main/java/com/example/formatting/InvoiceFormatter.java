package com.example.formatting;

import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

@Component
public class InvoiceFormatter {

    private final SimpleDateFormat issueDateFormat = new SimpleDateFormat("dd.MM.yyyy");
    private final DateTimeFormatter dueDateFormat = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    // SimpleDateFormat keeps the date being formatted in a shared Calendar
    public String issueDate(Date issued) {
        return issueDateFormat.format(issued); // expect: shared-mutable-state
    }

    public String dueDate(LocalDate due) {
        return dueDateFormat.format(due);
    }

    public String pattern() {
        return issueDateFormat.toPattern();
    }
}

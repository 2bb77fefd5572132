package com.example.formatting;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
public class ReceiptRenderer {

    private final StringBuilder buffer = new StringBuilder(1024);

    // one buffer for every request: receipts get mixed up
    public String render(String customer, List<BigDecimal> amounts) {
        buffer.setLength(0); // expect: shared-mutable-state
        buffer.append("Receipt for ").append(customer).append('\n');
        for (BigDecimal amount : amounts) {
            buffer.append(amount.toPlainString()).append('\n');
        }
        return buffer.toString();
    }

    public String renderWithLocalBuffer(String customer, List<BigDecimal> amounts) {
        StringBuilder text = new StringBuilder(1024);
        text.append("Receipt for ").append(customer).append('\n');
        amounts.forEach(amount -> text.append(amount.toPlainString()).append('\n'));
        return text.toString();
    }
}

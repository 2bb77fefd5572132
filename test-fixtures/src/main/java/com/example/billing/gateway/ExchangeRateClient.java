package com.example.billing.gateway;

import java.math.BigDecimal;

public interface ExchangeRateClient {

    BigDecimal rate(String from, String to);
}

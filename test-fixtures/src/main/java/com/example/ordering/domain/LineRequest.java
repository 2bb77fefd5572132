package com.example.ordering.domain;

import java.math.BigDecimal;

public record LineRequest(String sku, int quantity, BigDecimal unitPrice) {
}

package com.example.catalogcache;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Loaded on first use. */
@Service
public class ExchangeRateTable {

    private final CatalogLoader loader;
    private Map<String, BigDecimal> rates;
    private volatile Map<String, BigDecimal> fallbackRates;
    private Map<String, BigDecimal> historicRates;
    private volatile List<CatalogEntry> featured = List.of();

    public ExchangeRateTable(CatalogLoader loader) {
        this.loader = loader;
    }

    public BigDecimal rate(String currency) {
        if (rates == null) {
            rates = loader.exchangeRates(); // expect: check-then-act
        }
        return rates.get(currency);
    }

    // double-checked locking on a volatile field
    public BigDecimal fallbackRate(String currency) {
        Map<String, BigDecimal> local = fallbackRates;
        if (local == null) {
            synchronized (this) {
                if (fallbackRates == null) {
                    fallbackRates = loader.exchangeRates();
                }
                local = fallbackRates;
            }
        }
        return local.get(currency);
    }

    public synchronized BigDecimal historicRate(String currency) {
        if (historicRates == null) {
            historicRates = loader.exchangeRates();
        }
        return historicRates.get(currency);
    }

    // replacing a volatile snapshot is a single write
    public void refreshFeatured() {
        featured = List.copyOf(loader.featured());
    }

    // read, copy, write back: a concurrent append is lost
    public void feature(CatalogEntry entry) {
        featured = append(featured, entry); // expect: check-then-act
    }

    private static List<CatalogEntry> append(List<CatalogEntry> list, CatalogEntry entry) {
        return Stream.concat(list.stream(), Stream.of(entry)).toList();
    }

    public List<CatalogEntry> featured() {
        return featured;
    }
}

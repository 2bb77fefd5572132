package com.acme.shop.service;

import com.acme.shop.domain.Stock;
import com.acme.shop.domain.StockRepository;
import org.springframework.stereotype.Service;

/** Racy: Stock has no version, two concurrent reservations both read 10 and both write 9. */
@Service
public class StockService {

    private final StockRepository stocks;

    public StockService(StockRepository stocks) {
        this.stocks = stocks;
    }

    public void reserve(long id, int quantity) {
        Stock stock = stocks.findById(id).orElseThrow();
        stock.setQuantity(stock.getQuantity() - quantity);
        stocks.save(stock);
    }
}

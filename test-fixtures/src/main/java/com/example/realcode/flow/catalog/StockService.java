package com.example.realcode.flow.catalog;

import org.springframework.stereotype.Service;

/**
 * Changes reached through a parent. Follows openmrs/openmrs-core api/.../org/openmrs/Encounter.java
 * and PatientProgram.java (children added to and changed through the parent's collection getters)
 * and the cascaded stock-per-warehouse rows of spring-projects/spring-data-examples jpa showcases.
 */
@Service
public class StockService {

    private final ListingRepository listings;
    private final ShelfRepository shelves;

    public StockService(ListingRepository listings, ShelfRepository shelves) {
        this.listings = listings;
        this.shelves = shelves;
    }

    // the stock rows change, and they carry no version: the listing's own version does not protect them
    public void ship(Long listingId, int units) {
        Listing listing = listings.findById(listingId).orElseThrow();
        for (WarehouseStock stock : listing.getStocks()) {
            stock.setQuantity(stock.getQuantity() - units);
        }
        listings.save(listing); // expect: lost-update
    }

    // each bin carries its own version
    public void fill(Long shelfId, int units) {
        Shelf shelf = shelves.findById(shelfId).orElseThrow();
        for (Bin bin : shelf.getBins()) {
            bin.setUsed(bin.getUsed() + units);
        }
        shelves.save(shelf);
    }

    // the labels are part of the shelf's state: the list written is the list read plus one
    public void label(Long shelfId, String label) {
        Shelf shelf = shelves.findById(shelfId).orElseThrow();
        shelf.getLabels().add(label);
        shelves.save(shelf); // expect: lost-update
    }

    // a new review on the inverse side inserts the review; the listing's row is unchanged
    public void review(Long listingId, String text) {
        Listing listing = listings.findById(listingId).orElseThrow();
        listing.getReviews().add(new Review(listing, text));
        listings.save(listing);
    }
}

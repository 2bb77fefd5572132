package com.example.inventory.web;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.inventory.domain.Product;
import com.example.inventory.dto.ProductDto;
import com.example.inventory.repository.ProductRepository;
import java.math.BigDecimal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A controller that talks to the repository directly (no service layer, no transaction). */
@RestController
@RequestMapping("/api/products")
public class ProductController {

    public record PriceChange(BigDecimal price) {
    }

    public record Reservation(int quantity) {
    }

    public record NewProduct(String sku, String name, String category, BigDecimal price, int stock) {
    }

    private final ProductRepository productRepository;

    public ProductController(ProductRepository productRepository) {
        this.productRepository = productRepository;
    }

    @PatchMapping("/{id}/price")
    public ProductDto updatePrice(@PathVariable Long id, @RequestBody PriceChange change) {
        Product product = productRepository.findById(id)
                .orElseThrow(() -> new NotFoundException("product", id));
        product.setPrice(change.price());
        return ProductDto.from(productRepository.save(product)); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: read-only
    @GetMapping("/{id}")
    public ProductDto get(@PathVariable Long id) {
        return productRepository.findById(id)
                .map(ProductDto::from)
                .orElseThrow(() -> new NotFoundException("product", id));
    }

    // safe: atomic conditional UPDATE
    @PostMapping("/{id}/reservations")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void reserve(@PathVariable Long id, @RequestBody Reservation reservation) {
        if (productRepository.decrementStock(id, reservation.quantity()) == 0) {
            throw new DomainException("insufficient stock for product " + id);
        }
    }

    // safe: inserts a freshly constructed entity
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ProductDto create(@RequestBody NewProduct request) {
        Product product = new Product(request.sku(), request.name(), request.category(),
                request.price(), request.stock());
        return ProductDto.from(productRepository.save(product));
    }
}

package com.example.demo.stock.fixed;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VersionedProductRepository extends JpaRepository<VersionedProduct, Long> {
}

package com.example.quarkus.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Check-then-insert with Panache active records: count(..) == 0 and find(..).firstResult() == null
 * before persist(). Product.sku is @Column(unique = true) and Member.handle is covered by
 * @Table(uniqueConstraints): the database rejects the duplicate there.
 */
@ApplicationScoped
public class CatalogService {

    @Transactional
    public Coupon issueCoupon(String code, int uses) {
        if (Coupon.find("code", code).firstResult() != null) {
            throw new IllegalStateException("coupon exists: " + code);
        }
        Coupon coupon = new Coupon();
        coupon.code = code;
        coupon.remainingUses = uses;
        coupon.persist(); // expect: check-then-insert
        return coupon;
    }

    @Transactional
    public Coupon issueCouponViaHelper(String code) {
        if (Coupon.findByCode(code) != null) {
            throw new IllegalStateException("coupon exists: " + code);
        }
        Coupon coupon = new Coupon();
        coupon.code = code;
        coupon.persist(); // expect: check-then-insert
        return coupon;
    }

    @Transactional
    public void addProduct(String sku, String name) {
        if (Product.count("sku", sku) == 0) {
            new Product(sku, name).persist();
        }
    }

    @Transactional
    public Member join(String handle) {
        if (Member.find("handle", handle).firstResultOptional().isPresent()) {
            throw new IllegalStateException("taken: " + handle);
        }
        Member member = new Member();
        member.handle = handle;
        member.persist();
        return member;
    }
}

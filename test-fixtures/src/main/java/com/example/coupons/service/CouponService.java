package com.example.coupons.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.coupons.domain.Coupon;
import com.example.coupons.domain.GiftCard;
import com.example.coupons.domain.PartnerOffer;
import com.example.coupons.domain.Redemption;
import com.example.coupons.domain.VoucherCode;
import com.example.coupons.domain.WalletPass;
import com.example.coupons.repository.CouponRepository;
import com.example.coupons.repository.GiftCardRepository;
import com.example.coupons.repository.PartnerOfferRepository;
import com.example.coupons.repository.RedemptionRepository;
import com.example.coupons.repository.VoucherCodeRepository;
import com.example.coupons.repository.WalletPassRepository;
import java.security.SecureRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CouponService {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final CouponRepository coupons;
    private final RedemptionRepository redemptions;
    private final VoucherCodeRepository vouchers;
    private final GiftCardRepository giftCards;
    private final PartnerOfferRepository partnerOffers;
    private final WalletPassRepository walletPasses;
    private final SecureRandom random = new SecureRandom();

    public CouponService(CouponRepository coupons, RedemptionRepository redemptions, VoucherCodeRepository vouchers,
            GiftCardRepository giftCards, PartnerOfferRepository partnerOffers, WalletPassRepository walletPasses) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.vouchers = vouchers;
        this.giftCards = giftCards;
        this.partnerOffers = partnerOffers;
        this.walletPasses = walletPasses;
    }

    // a double click redeems the coupon twice
    public Redemption redeem(Long couponId, Long customerId) {
        if (redemptions.existsByCouponIdAndCustomerId(couponId, customerId)) {
            throw new DomainException("coupon already redeemed");
        }
        return redemptions.save(new Redemption(couponId, customerId)); // expect: check-then-insert
    }

    // the lock finds no row when there is no redemption yet, so it locks nothing
    @Transactional
    public Redemption redeemLocked(Long couponId, Long customerId) {
        if (redemptions.findForUpdateByCouponIdAndCustomerId(couponId, customerId).isPresent()) {
            throw new DomainException("coupon already redeemed");
        }
        return redemptions.save(new Redemption(couponId, customerId)); // expect: check-then-insert
    }

    // the constraint is on (campaign_id, code): it does not make code unique on its own
    public Coupon issueUniversalCode(Long campaignId, String code) {
        if (coupons.existsByCode(code)) {
            throw new DomainException("code already in use: " + code);
        }
        return coupons.save(new Coupon(campaignId, code, "all")); // expect: check-then-insert
    }

    public VoucherCode generateVoucher(long amountCents) {
        String code = randomCode();
        while (vouchers.existsByCode(code)) {
            code = randomCode();
        }
        return vouchers.save(new VoucherCode(code, amountCents)); // expect: check-then-insert
    }

    // --- no finding below -------------------------------------------------------------------

    // @Table(uniqueConstraints = (campaign_id, code))
    public Coupon createCoupon(Long campaignId, String code) {
        if (coupons.existsByCampaignIdAndCode(campaignId, code)) {
            throw new DomainException("code already in use: " + code);
        }
        return coupons.save(new Coupon(campaignId, code, "web"));
    }

    // a unique key on a subset of the checked columns keeps the combination unique too
    public Coupon createChannelCoupon(Long campaignId, String code, String channel) {
        if (coupons.existsByCampaignIdAndCodeAndChannel(campaignId, code, channel)) {
            throw new DomainException("code already in use: " + code);
        }
        return coupons.save(new Coupon(campaignId, code, channel));
    }

    // unique through Liquibase XML (addUniqueConstraint)
    public GiftCard issueGiftCard(String serialNumber, long balanceCents) {
        if (giftCards.existsBySerialNumber(serialNumber)) {
            throw new DomainException("gift card exists: " + serialNumber);
        }
        return giftCards.save(new GiftCard(serialNumber, balanceCents));
    }

    // unique through Liquibase YAML (createTable column constraint)
    public PartnerOffer registerOffer(Long partnerId, String externalRef, String offerCode) {
        if (partnerOffers.findByOfferCode(offerCode).isEmpty()) {
            return partnerOffers.save(new PartnerOffer(partnerId, externalRef, offerCode));
        }
        throw new DomainException("offer exists: " + offerCode);
    }

    // unique through Liquibase YAML (createIndex unique)
    public PartnerOffer linkOffer(Long partnerId, String externalRef) {
        if (partnerOffers.existsByPartnerIdAndExternalRef(partnerId, externalRef)) {
            throw new DomainException("offer already linked: " + externalRef);
        }
        return partnerOffers.save(new PartnerOffer(partnerId, externalRef, randomCode()));
    }

    // unique through Liquibase formatted SQL (unique index on lower(pass_token))
    public WalletPass issuePass(String passToken, Long customerId) {
        return walletPasses.findByPassToken(passToken)
                .orElseGet(() -> walletPasses.save(new WalletPass(passToken, customerId)));
    }

    // a limit, not an existence check
    public Redemption redeemWithinLimit(Long couponId, Long customerId) {
        if (redemptions.countByCustomerId(customerId) >= 3) {
            throw new DomainException("redemption limit reached");
        }
        return redemptions.save(new Redemption(couponId, customerId));
    }

    // the check requires the coupon to exist, and the insert is of another entity
    public Redemption redeemExisting(Long couponId, Long customerId) {
        if (!coupons.existsById(couponId)) {
            throw new NotFoundException("coupon", couponId);
        }
        return redemptions.save(new Redemption(couponId, customerId));
    }

    private String randomCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

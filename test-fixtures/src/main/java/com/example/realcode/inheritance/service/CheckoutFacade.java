package com.example.realcode.inheritance.service;

import com.example.realcode.inheritance.domain.VersionedVoucher;
import com.example.realcode.inheritance.domain.Voucher;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Calls the inherited methods through fields whose declared type is the subclass. */
@Service
@RequiredArgsConstructor
public class CheckoutFacade {

    private final VoucherService voucherService;
    private final VersionedVoucherService versionedVoucherService;

    public void applyVoucher(Long voucherId) {
        Voucher voucher = voucherService.getById(voucherId);
        voucher.setRemaining(voucher.getRemaining() - 1);
        voucherService.update(voucher); // expect: lost-update
    }

    // safe: @Version on VersionedVoucher, the E of the base service
    public void applyVersionedVoucher(Long voucherId) {
        VersionedVoucher voucher = versionedVoucherService.getById(voucherId);
        voucher.setRemaining(voucher.getRemaining() - 1);
        versionedVoucherService.update(voucher);
    }
}

package com.example.realcode.inheritance.service;

import com.example.realcode.inheritance.domain.Voucher;
import com.example.realcode.inheritance.repository.VoucherRepository;
import com.example.common.NotFoundException;
import org.springframework.stereotype.Service;

/** Vouchers through the inherited generic CRUD methods; Voucher has no version. */
@Service
public class VoucherService extends CrudService<Voucher, Long> {

    public VoucherService(VoucherRepository voucherRepository) {
        super(voucherRepository);
    }

    // inherited getById(..) and update(..), called unqualified
    public void redeem(Long voucherId) {
        Voucher voucher = getById(voucherId);
        voucher.setRemaining(voucher.getRemaining() - 1);
        update(voucher); // expect: lost-update
    }

    // inherited varargs updateAll(..)
    public void transfer(Long fromId, Long toId, int count) {
        Voucher from = getById(fromId);
        Voucher to = getById(toId);
        from.setRemaining(from.getRemaining() - count);
        to.setRemaining(to.getRemaining() + count);
        updateAll(from, to); // expect: lost-update
    }

    // the inherited repository field, typed JpaRepository<E, ID> in the base class
    public void extend(Long voucherId, int days) {
        Voucher voucher = repository.findById(voucherId).orElseThrow(() -> new NotFoundException("voucher", voucherId));
        voucher.setValidDays(voucher.getValidDays() + days);
        repository.save(voucher); // expect: lost-update
    }

    // safe: a new voucher
    public void issue(String code, int uses) {
        Voucher voucher = new Voucher();
        voucher.setCode(code);
        voucher.setRemaining(uses);
        update(voucher);
    }
}

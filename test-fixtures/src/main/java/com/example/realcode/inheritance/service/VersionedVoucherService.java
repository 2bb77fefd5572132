package com.example.realcode.inheritance.service;

import com.example.common.NotFoundException;
import com.example.realcode.inheritance.domain.VersionedVoucher;
import com.example.realcode.inheritance.repository.VersionedVoucherRepository;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * The same operations on a versioned entity: no finding, because E of the base service is
 * VersionedVoucher here and its @Version protects every save.
 */
@Service
public class VersionedVoucherService extends CrudService<VersionedVoucher, Long> {

    public VersionedVoucherService(VersionedVoucherRepository repository) {
        super(repository);
    }

    @Override
    public void update(VersionedVoucher voucher) {
        voucher.setUpdatedAt(Instant.now());
        super.update(voucher);
    }

    // safe: @Version
    public void redeem(Long voucherId) {
        VersionedVoucher voucher = getById(voucherId);
        voucher.setRemaining(voucher.getRemaining() - 1);
        update(voucher);
    }

    // safe: @Version
    public void transfer(Long fromId, Long toId, int count) {
        VersionedVoucher from = getById(fromId);
        VersionedVoucher to = getById(toId);
        from.setRemaining(from.getRemaining() - count);
        to.setRemaining(to.getRemaining() + count);
        updateAll(from, to);
    }

    // safe: @Version
    public void extend(Long voucherId, int days) {
        VersionedVoucher voucher = repository.findById(voucherId)
                .orElseThrow(() -> new NotFoundException("voucher", voucherId));
        voucher.setValidDays(voucher.getValidDays() + days);
        repository.save(voucher);
    }
}

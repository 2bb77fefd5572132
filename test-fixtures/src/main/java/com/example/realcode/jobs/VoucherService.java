package com.example.realcode.jobs;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** The service layer the jobs call, as in litemall's LitemallCouponService / LitemallOrderService. */
@Service
public class VoucherService {

    private final VoucherMapper mapper;

    public VoucherService(VoucherMapper mapper) {
        this.mapper = mapper;
    }

    public List<Voucher> queryExpired() {
        return mapper.selectExpired();
    }

    public List<Voucher> queryByStatus(String status) {
        return mapper.selectByStatus(status);
    }

    public int updateById(Voucher voucher) {
        voucher.setUpdateTime(LocalDateTime.now());
        return mapper.updateById(voucher);
    }

    /** Updates the row only if nobody changed it since it was read; returns the number of rows updated. */
    public int updateWithOptimisticLocker(Voucher voucher) {
        LocalDateTime previous = voucher.getUpdateTime();
        voucher.setUpdateTime(LocalDateTime.now());
        return mapper.updateIfUnchanged(previous, voucher);
    }
}

package com.example.realcode.jobs;

import java.time.LocalDateTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * Voucher jobs without a distributed lock. Safe on many nodes: a blind write of a constant status
 * onto the rows selected as expired (litemall's admin job/CouponJob.java, checkCouponExpired), and
 * an update through a compare-and-set mapper statement ({@code .. where id = ? and update_time =
 * #{previous}}) whose row count is checked (litemall's admin job/OrderJob.java, checkOrderUnconfirm,
 * over OrderMapper.updateWithOptimisticLocker). Racy twins: a write of a value computed from what
 * was read (interest added to the balance read), inserts of new rows, and a blind write after a
 * call to another system, which every node makes.
 */
@Component
public class VoucherJobs {

    private static final String EXPIRED = "EXPIRED";
    private static final String CLOSED = "CLOSED";

    private final VoucherService vouchers;
    private final VoucherMapper mapper;
    private final RestTemplate rest;

    public VoucherJobs(VoucherService vouchers, VoucherMapper mapper, RestTemplate rest) {
        this.vouchers = vouchers;
        this.mapper = mapper;
        this.rest = rest;
    }

    // idempotent: two nodes set the same constant status on the same rows
    @Scheduled(fixedDelay = 3_600_000)
    public void expireVouchers() {
        for (Voucher voucher : vouchers.queryExpired()) {
            voucher.setStatus(EXPIRED);
            vouchers.updateById(voucher);
        }
    }

    // compare-and-set: the second node's update matches no row
    @Scheduled(cron = "0 0 3 * * ?")
    public void closeStaleVouchers() {
        for (Voucher voucher : vouchers.queryByStatus("ACTIVE")) {
            voucher.setStatus(CLOSED);
            if (vouchers.updateWithOptimisticLocker(voucher) == 0) {
                continue; // changed meanwhile: leave it
            }
        }
    }

    // every node adds the interest to the balance it read: paid twice
    @Scheduled(cron = "0 0 1 1 * ?")
    public void accrueInterest() { // expect: unlocked-scheduled-job
        for (Voucher voucher : vouchers.queryByStatus("ACTIVE")) {
            voucher.setBalanceCents(voucher.getBalanceCents() + voucher.getBalanceCents() / 100);
            vouchers.updateById(voucher); // expect: lost-update
        }
    }

    // every node inserts its own replacement vouchers
    @Scheduled(cron = "0 0 2 * * ?")
    public void reissueExpired() { // expect: unlocked-scheduled-job
        for (Voucher voucher : vouchers.queryExpired()) {
            mapper.insert(new Voucher("ACTIVE", voucher.getBalanceCents(), LocalDateTime.now().plusMonths(1)));
        }
    }

    // the status write repeats harmlessly, but every node notifies the holder
    @Scheduled(fixedDelay = 3_600_000)
    public void expireAndNotify() { // expect: unlocked-scheduled-job
        for (Voucher voucher : vouchers.queryExpired()) {
            rest.postForObject("https://notify.example.com/vouchers/expired", voucher.getId(), Void.class);
            voucher.setStatus(EXPIRED);
            vouchers.updateById(voucher);
        }
    }
}

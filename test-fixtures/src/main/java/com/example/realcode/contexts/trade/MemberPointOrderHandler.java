package com.example.realcode.contexts.trade;

import org.springframework.stereotype.Component;

/** Follows ruoyi-vue-pro TradeMemberPointOrderHandler: two writes per hook, no @Transactional of its own. */
@Component
public class MemberPointOrderHandler implements OrderHandler {

    private final PointRecordRepository points;
    private final CouponUseRepository coupons;

    public MemberPointOrderHandler(PointRecordRepository points, CouponUseRepository coupons) {
        this.points = points;
        this.coupons = coupons;
    }

    // safe: OrderUpdateService.payOrder runs every handler inside its transaction
    @Override
    public void afterPayOrder(Long orderId, Long memberId) {
        points.save(new PointRecord(memberId, 10));
        coupons.save(new CouponUse(orderId, false));
    }

    // OrderUpdateService.cancelOrderByAfterSale runs the handlers without a transaction
    @Override
    public void afterCancelOrder(Long orderId, Long memberId) {
        points.save(new PointRecord(memberId, -10));
        coupons.save(new CouponUse(orderId, true)); // expect: missing-transaction
    }
}

package com.example.realcode.contexts.trade;

import org.springframework.stereotype.Component;

/** Follows ruoyi-vue-pro TradeCouponOrderHandler: a second implementation, so the dispatch is through the interface. */
@Component
public class CouponOrderHandler implements OrderHandler {

    private final CouponUseRepository coupons;
    private final PointRecordRepository points;

    public CouponOrderHandler(CouponUseRepository coupons, PointRecordRepository points) {
        this.coupons = coupons;
        this.points = points;
    }

    // safe: run inside OrderUpdateService.payOrder's transaction
    @Override
    public void afterPayOrder(Long orderId, Long memberId) {
        coupons.save(new CouponUse(orderId, false));
        points.save(new PointRecord(memberId, 1));
    }
}

package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;

/**
 * A mapper recognised through its base mapper only (no {@code @Mapper}), with default methods that
 * build update wrappers: ruoyi-vue-pro's {@code ProductSkuMapper.updateStockDecr} /
 * {@code BrokerageUserMapper.updateUserPriceDecr} shape.
 */
public interface MemberWalletMapper extends ProjectBaseMapper<MemberWallet> {

    /** Atomic: the database subtracts, and only while enough points remain. */
    default int deductPoints(Long id, int points) {
        LambdaUpdateWrapper<MemberWallet> wrapper = new LambdaUpdateWrapper<MemberWallet>()
                .setSql(" points = points - " + points)
                .eq(MemberWallet::getId, id)
                .ge(MemberWallet::getPoints, points);
        return update(null, wrapper);
    }

    /** Writes whatever value the caller computed. */
    default int overwritePoints(Long id, int points) {
        return update(null, new LambdaUpdateWrapper<MemberWallet>()
                .set(MemberWallet::getPoints, points)
                .eq(MemberWallet::getId, id));
    }
}

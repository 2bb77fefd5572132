package com.example.realcode.mybatisplus;

import org.springframework.stereotype.Service;

/**
 * Callers of the mapper and of the IService from another bean (ruoyi-vue-pro's
 * {@code MemberPointRecordServiceImpl} / {@code BrokerageUserServiceImpl} shapes).
 */
@Service
public class PointsFlows {
    private final MemberWalletMapper walletMapper;
    private final MemberWalletService walletService;
    private final SeckillStockMapper seckillStockMapper;

    public PointsFlows(MemberWalletMapper walletMapper, MemberWalletService walletService, SeckillStockMapper seckillStockMapper) {
        this.walletMapper = walletMapper;
        this.walletService = walletService;
        this.seckillStockMapper = seckillStockMapper;
    }

    // racy: BaseMapper.selectById then updateById on an unversioned row
    public void reward(Long walletId, int points) {
        MemberWallet wallet = walletMapper.selectById(walletId);
        wallet.setPoints(wallet.getPoints() + points);
        walletMapper.updateById(wallet); // expect: lost-update
    }

    // racy: through the IService interface (getById / updateById)
    public void refund(Long walletId, int points) {
        MemberWallet wallet = walletService.getById(walletId);
        wallet.setPoints(wallet.getPoints() + points);
        walletService.updateById(wallet); // expect: lost-update
    }

    // racy: the mapper's default method writes the value computed here
    public void correct(Long walletId, int delta) {
        MemberWallet wallet = walletMapper.selectById(walletId);
        walletMapper.overwritePoints(walletId, wallet.getPoints() + delta); // expect: lost-update
    }

    // racy: selectOne(wrapper) reads, update(entity, wrapper) writes the changed entity
    public void rewardFirst(Long userId, int points) {
        MemberWallet wallet = walletMapper.selectOne(new com.baomidou.mybatisplus.core.conditions.query.QueryWrapper<MemberWallet>().eq("user_id", userId));
        wallet.setPoints(wallet.getPoints() + points);
        walletMapper.update(wallet, new com.baomidou.mybatisplus.core.conditions.update.UpdateWrapper<MemberWallet>().eq("id", wallet.getId())); // expect: lost-update
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the default method's wrapper is atomic (setSql + ge guard)
    public boolean pay(Long walletId, int points) {
        MemberWallet wallet = walletMapper.selectById(walletId);
        if (wallet == null) {
            return false;
        }
        return walletMapper.deductPoints(walletId, points) == 1;
    }

    // safe: @Version (com.baomidou.mybatisplus.annotation.Version) makes updateById a compare-and-set
    public void sell(Long stockId) {
        SeckillStock stock = seckillStockMapper.selectById(stockId);
        stock.setStock(stock.getStock() - 1);
        seckillStockMapper.updateById(stock);
    }
}

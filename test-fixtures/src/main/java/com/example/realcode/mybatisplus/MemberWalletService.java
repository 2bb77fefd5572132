package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.extension.service.IService;

/** The IService interface RuoYi-Vue-Plus / mall projects declare per table. */
public interface MemberWalletService extends IService<MemberWallet> {

    void addPoints(Long walletId, int points);
}

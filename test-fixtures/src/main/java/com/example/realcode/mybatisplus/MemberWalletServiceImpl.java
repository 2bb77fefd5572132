package com.example.realcode.mybatisplus;

import com.baomidou.mybatisplus.extension.service.impl.ServiceImpl;
import org.springframework.stereotype.Service;

/**
 * A {@code ServiceImpl} subclass calling its inherited CRUD methods unqualified
 * ({@code getById}, {@code updateById}, {@code lambdaUpdate()}), as RuoYi-Vue-Plus's and
 * newbee-style MyBatis-Plus services do.
 */
@Service
public class MemberWalletServiceImpl extends ServiceImpl<MemberWalletMapper, MemberWallet> implements MemberWalletService {

    // racy: getById, add in Java, updateById
    @Override
    public void addPoints(Long walletId, int points) {
        MemberWallet wallet = getById(walletId);
        wallet.setPoints(wallet.getPoints() + points);
        updateById(wallet); // expect: lost-update
    }

    // racy: lambdaUpdate().set(..) writes a value computed from the wallet read
    public void freeze(Long walletId, int points) {
        MemberWallet wallet = getById(walletId);
        lambdaUpdate().set(MemberWallet::getFrozenPoints, wallet.getFrozenPoints() + points) // expect: lost-update
                .eq(MemberWallet::getId, walletId)
                .update();
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: setSql lets the database compute, the ge(..) guard keeps it from going negative
    public boolean spend(Long walletId, int points) {
        MemberWallet wallet = getById(walletId);
        if (wallet.getPoints() < points) {
            return false;
        }
        return lambdaUpdate()
                .setSql("points = points - " + points)
                .eq(MemberWallet::getId, walletId)
                .ge(MemberWallet::getPoints, points)
                .update();
    }

    // safe: a fresh object saved, nothing read
    public void open(Long userId) {
        MemberWallet wallet = new MemberWallet();
        wallet.setUserId(userId);
        wallet.setPoints(0);
        save(wallet);
    }
}

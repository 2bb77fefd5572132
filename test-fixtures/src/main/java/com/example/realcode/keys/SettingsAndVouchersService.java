package com.example.realcode.keys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-then-insert by keys the database enforces, and by ones it does not. Shapes: openmrs-core
 * AdministrationServiceImpl.saveGlobalProperty (looks the property up by its name, the primary
 * key, then saves); ruoyi-vue-pro's validate*Unique checks before insert, with the unique keys in
 * sql/mysql/ruoyi-vue-pro.sql.
 */
@Service
public class SettingsAndVouchersService {

    private final GlobalSettingRepository settings;
    private final VoucherRepository vouchers;

    public SettingsAndVouchersService(GlobalSettingRepository settings, VoucherRepository vouchers) {
        this.settings = settings;
        this.vouchers = vouchers;
    }

    // the primary key (called property): a duplicate is impossible
    @Transactional
    public GlobalSetting define(String property, String value) {
        if (settings.existsById(property)) {
            throw new IllegalStateException("already defined: " + property);
        }
        return settings.save(new GlobalSetting(property, value, null));
    }

    @Transactional
    public GlobalSetting defineIfAbsent(String property, String value) {
        return settings.findById(property).orElseGet(() -> settings.save(new GlobalSetting(property, value, null)));
    }

    // nothing keeps descriptions unique
    @Transactional
    public GlobalSetting describe(String property, String description) {
        if (settings.existsByDescription(description)) {
            throw new IllegalStateException("duplicate description");
        }
        return settings.save(new GlobalSetting(property, "", description)); // expect: check-then-insert
    }

    // UNIQUE KEY uk_code (code) in the SQL dump
    @Transactional
    public Voucher issue(String code, String campaign, String phone) {
        if (vouchers.existsByCode(code)) {
            throw new IllegalStateException("code taken: " + code);
        }
        return vouchers.save(new Voucher(code, campaign, phone));
    }

    // one voucher per phone and campaign: the dump declares no such key
    @Transactional
    public Voucher claim(String code, String campaign, String phone) {
        if (vouchers.existsByCampaignAndPhone(campaign, phone)) {
            throw new IllegalStateException("already claimed");
        }
        return vouchers.save(new Voucher(code, campaign, phone)); // expect: check-then-insert
    }
}

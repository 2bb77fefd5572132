package com.example.realcode.keys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Shape of litemall's LitemallCoupon / coupon codes (litemall-db): the unique key on the code is
 * declared only in the SQL dump (litemall-db/sql/litemall_table.sql), not in the mapping.
 */
@Entity
@Table(name = "realcode_voucher")
public class Voucher {

    @Id
    @GeneratedValue
    private Long id;

    private String code;

    private String campaign;

    private String phone;

    protected Voucher() {
    }

    public Voucher(String code, String campaign, String phone) {
        this.code = code;
        this.campaign = campaign;
        this.phone = phone;
    }
}

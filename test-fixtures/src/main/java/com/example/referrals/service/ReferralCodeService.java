package com.example.referrals.service;

import com.example.common.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Referral codes and invitations through plain JDBC; the tables are in schema.sql. */
@Service
public class ReferralCodeService {

    private static final String INSERT_CODE = "insert into referral_codes (code, owner_id) values (?, ?)";

    private final JdbcTemplate jdbc;

    public ReferralCodeService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void reserveCode(String code, long ownerId) {
        Integer count = jdbc.queryForObject("select count(*) from referral_codes where code = ?", Integer.class, code);
        if (count != null && count > 0) {
            throw new DomainException("code taken: " + code);
        }
        jdbc.update(INSERT_CODE, code, ownerId); // expect: check-then-insert
    }

    public boolean tryReserveCode(String code, long ownerId) {
        Boolean taken = jdbc.queryForObject("select exists(select 1 from referral_codes rc where rc.code = ?)", Boolean.class, code);
        if (Boolean.TRUE.equals(taken)) {
            return false;
        }
        jdbc.update(INSERT_CODE, code, ownerId); // expect: check-then-insert
        return true;
    }

    // --- no finding below -------------------------------------------------------------------

    // invitations has unique (inviter_id, email) in schema.sql
    public void invite(long inviterId, String email) {
        Integer count = jdbc.queryForObject(
                "select count(*) from invitations where inviter_id = ? and email = ?", Integer.class, inviterId, email);
        if (count == null || count == 0) {
            jdbc.update("insert into invitations (inviter_id, email) values (?, ?)", inviterId, email);
        }
    }

    // the database resolves the conflict itself
    public void reserveCodeIfFree(String code, long ownerId) {
        Integer count = jdbc.queryForObject("select count(*) from referral_codes where code = ?", Integer.class, code);
        if (count == 0) {
            jdbc.update("insert into referral_codes (code, owner_id) values (?, ?) on conflict do nothing", code, ownerId);
        }
    }

    // the duplicate-key violation is handled
    public boolean reserveCodeOrFail(String code, long ownerId) {
        Integer count = jdbc.queryForObject("select count(*) from referral_codes where code = ?", Integer.class, code);
        if (count > 0) {
            return false;
        }
        try {
            jdbc.update(INSERT_CODE, code, ownerId);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}

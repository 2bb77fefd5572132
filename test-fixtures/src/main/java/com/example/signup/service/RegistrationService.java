package com.example.signup.service;

import com.example.common.DomainException;
import com.example.signup.domain.Member;
import com.example.signup.repository.MemberRepository;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegistrationService {

    private final MemberRepository members;

    public RegistrationService(MemberRepository members) {
        this.members = members;
    }

    // two sign-ups with the same address both pass the check; the transaction does not help
    @Transactional
    public Member register(String email, String username) {
        if (members.existsByEmail(email)) {
            throw new DomainException("email already registered: " + email);
        }
        return members.save(new Member(email, username)); // expect: check-then-insert
    }

    public Member invite(String email) {
        if (!members.existsByEmailIgnoreCase(email)) {
            Member invited = Member.invited(email);
            return members.save(invited); // expect: check-then-insert
        }
        return members.findByEmail(email).orElseThrow();
    }

    // synchronized serializes this JVM only
    public synchronized Member registerOnce(String email, String username) {
        boolean taken = members.existsByEmail(email);
        if (taken) {
            throw new DomainException("email already registered: " + email);
        }
        return members.saveAndFlush(new Member(email, username)); // expect: check-then-insert
    }

    // the unique index on nickname was dropped again by V3__relax_nickname.sql
    public Member claimNickname(String email, String username, String nickname) {
        if (members.countByNickname(nickname) > 0) {
            throw new DomainException("nickname taken: " + nickname);
        }
        Member member = new Member(email, username);
        member.setNickname(nickname);
        return members.save(member); // expect: check-then-insert
    }

    // --- no finding below -------------------------------------------------------------------

    // username is @Column(unique = true)
    public Member registerByUsername(String email, String username) {
        if (members.existsByUsername(username)) {
            throw new DomainException("username taken: " + username);
        }
        return members.save(new Member(email, username));
    }

    // external_id is unique through V2__members_external_id.sql
    public Member importFromDirectory(String externalId, String email) {
        Optional<Member> existing = members.findByExternalId(externalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Member member = new Member(email, externalId);
        member.setExternalId(externalId);
        return members.save(member);
    }

    // phone_number carries an inline unique constraint in V1__create_members.sql
    public Member registerByPhone(String phoneNumber, String username) {
        if (members.findByPhoneNumber(phoneNumber).isPresent()) {
            throw new DomainException("phone number already registered");
        }
        Member member = new Member(phoneNumber + "@sms.example.com", username);
        member.setPhoneNumber(phoneNumber);
        return members.save(member);
    }

    // the duplicate-key violation is handled: the database enforces a key
    public Member registerOrExplain(String email, String username) {
        if (members.existsByEmail(email)) {
            throw new DomainException("email already registered: " + email);
        }
        try {
            return members.saveAndFlush(new Member(email, username));
        } catch (DataIntegrityViolationException e) {
            throw new DomainException("email already registered: " + email);
        }
    }

    // SERIALIZABLE detects the concurrent insert and fails one transaction
    @Transactional(isolation = Isolation.SERIALIZABLE)
    public Member registerSerializable(String email, String username) {
        if (members.existsByEmail(email)) {
            throw new DomainException("email already registered: " + email);
        }
        return members.save(new Member(email, username));
    }

    // an inequality (IdNot) is no key lookup, and the saved member is not new
    public Member validateRename(Long memberId, String email) {
        if (members.existsByEmailAndIdNot(email, memberId)) {
            throw new DomainException("email already registered: " + email);
        }
        return members.findById(memberId).orElseThrow();
    }
}

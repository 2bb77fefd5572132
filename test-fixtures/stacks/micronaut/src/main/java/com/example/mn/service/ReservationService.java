package com.example.mn.service;

import com.example.mn.data.Member;
import com.example.mn.data.MemberRepository;
import com.example.mn.data.Reservation;
import com.example.mn.data.ReservationRepository;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Check-then-insert through Micronaut Data derived queries. */
@Singleton
public class ReservationService {

    private final ReservationRepository reservations;
    private final MemberRepository members;

    public ReservationService(ReservationRepository reservations, MemberRepository members) {
        this.reservations = reservations;
        this.members = members;
    }

    /** Nothing keeps (book, member) unique: two clicks reserve twice. */
    @Transactional
    public void reserve(Long bookId, Long memberId) {
        if (reservations.existsByBookIdAndMemberId(bookId, memberId)) {
            return;
        }
        reservations.save(new Reservation(bookId, memberId)); // expect: check-then-insert
    }

    /** Safe twin: Member has @Index(columns = "email", unique = true). */
    @Transactional
    public Member join(String email) {
        if (members.existsByEmail(email)) {
            throw new IllegalStateException("already a member: " + email);
        }
        return members.save(new Member(email));
    }
}
